package com.ssprviewer.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.report.OverviewTiles;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Overview's "Policy changes" tile counts the policy changes of its period and opens exactly them. */
class PolicyTileTest {
    private static final Instant AS_OF = Instant.parse("2025-03-26T00:00:00Z");
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/sspr-policy-changes.json", "/samples/audit-logs-download.csv"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theTileCountsTheTwoChangesOfMarchFirstToFifteenthAndOpensExactlyThem() {
        EventFilter march1to15 = EventFilter.builder().from(Instant.parse("2025-03-01T00:00:00Z"))
                .to(Instant.parse("2025-03-16T00:00:00Z")).build();
        OverviewData data = OverviewLoader.load(store, march1to15, AS_OF, ZoneOffset.UTC);
        assertEquals(2, data.policyChanges());
        Drill drill = Drilldowns.forTile(OverviewTile.POLICY_CHANGES, data);
        assertEquals(Drill.Target.POLICY, drill.target());
        assertEquals(2, store.count(ListKind.POLICY, drill.filter()));
        assertEquals(new Tile("Policy changes", "2", "changes of the password reset policy"),
                tile(data, Locale.ENGLISH));
        assertEquals("Principändringar", tile(data, Locale.forLanguageTag("sv")).label());
    }

    @Test
    void overAllDataTheTileCountsAllThreeChangesAndTheSummaryStaysAsItWas() {
        OverviewData data = OverviewLoader.load(store, EventFilter.NONE, AS_OF, ZoneOffset.UTC);
        assertEquals(3, data.policyChanges());
        assertEquals(3, store.count(ListKind.POLICY, Drilldowns.forTile(OverviewTile.POLICY_CHANGES, data).filter()));
        assertEquals("3", tile(data, Locale.ENGLISH).value());
    }

    private static Tile tile(OverviewData data, Locale locale) {
        return OverviewTiles.tiles(data.summary(), data.policyChanges(), new ReportTexts(locale))
                .get(OverviewTile.POLICY_CHANGES.ordinal());
    }
}
