package com.ssprviewer.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ssprviewer.report.OverviewTiles;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Overview's registration tiles answer from the newest registration snapshot when there is one, say its day and
 * keep the figure from events beside it; without a snapshot they answer from events exactly as before.
 */
class SnapshotTilesTest {
    private static final Instant AS_OF = Instant.parse("2025-04-02T00:00:00Z");
    private static final String CLASSIC = "/samples/classic-registration-activity.csv";
    @TempDir
    static Path dir;
    static Store events;
    static Store withSnapshots;

    @BeforeAll
    static void fill() {
        events = SampleStore.open(dir.resolve("events"), List.of(CLASSIC));
        withSnapshots = SampleStore.open(dir.resolve("both"), List.of(CLASSIC,
                "/samples/user-registration-details-2025-03-01.json",
                "/samples/user-registration-details-2025-04-01.csv"));
    }

    @AfterAll
    static void close() {
        events.close();
        withSnapshots.close();
    }

    @Test
    void withoutASnapshotTheTilesCountTheTwentyThreeUsersOfTheRegistrationEventsAndNameTheNewest() {
        OverviewData data = OverviewLoader.load(events, EventFilter.NONE, AS_OF, ZoneOffset.UTC);
        assertNull(data.snapshot());
        assertEquals(new Tile("Users registered", "23", "users registered for password reset"),
                tile(data, OverviewTile.REGISTERED_USERS, Locale.ENGLISH));
        assertEquals(new Tile("Who registered", "23", "newest: grady.archie@fabrikam.com and 22 more"),
                tile(data, OverviewTile.WHO_REGISTERED, Locale.ENGLISH));
        assertEquals(new Tile("Data registered", "22", "users with Mobile Phone, the most registered"),
                tile(data, OverviewTile.DATA_REGISTERED, Locale.ENGLISH));
    }

    @Test
    void withSnapshotsTheCountingTilesAnswerFromTheAprilSnapshotWithTheEventFiguresBeside() {
        OverviewData data = OverviewLoader.load(withSnapshots, EventFilter.NONE, AS_OF, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2025, 4, 1), data.snapshot().snapshot());
        assertEquals(new Tile("Users registered", "25", "SSPR registered (snapshot 2025-04-01) · 23 from events"),
                tile(data, OverviewTile.REGISTERED_USERS, Locale.ENGLISH));
        assertEquals(new Tile("Who registered", "23", "newest: grady.archie@fabrikam.com and 22 more"),
                tile(data, OverviewTile.WHO_REGISTERED, Locale.ENGLISH));
        assertEquals(new Tile("Data registered", "9",
                        "users with Alternate mobile phone, the most registered (snapshot 2025-04-01) · 22 from events"
                                + " (Mobile Phone)"),
                tile(data, OverviewTile.DATA_REGISTERED, Locale.ENGLISH));
        assertEquals("SSPR-registrerade (ögonblicksbild 2025-04-01) · 23 enligt händelser",
                tile(data, OverviewTile.REGISTERED_USERS, Locale.forLanguageTag("sv")).context());
        assertEquals("användare med Alternativ mobiltelefon, det vanligaste (ögonblicksbild 2025-04-01) · 22 enligt"
                + " händelser (Mobiltelefon)",
                tile(data, OverviewTile.DATA_REGISTERED, Locale.forLanguageTag("sv")).context());
    }

    private static Tile tile(OverviewData data, OverviewTile tile, Locale locale) {
        return OverviewTiles.tiles(data.summary(), data.policyChanges(), data.snapshot(), new ReportTexts(locale))
                .get(tile.ordinal());
    }
}
