package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.listblades.ListWindow.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Registration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A registration's details show its user's state in each registration snapshot. */
@ExtendWith(ApplicationExtension.class)
class SnapshotDetailsTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.open(dir, List.of("/samples/classic-registration-activity.csv",
                "/samples/user-registration-details-2025-03-01.json",
                "/samples/user-registration-details-2025-04-01.csv"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        window = new ListWindow(stage, store, null);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void theStoreReadsOneUsersStateInEverySnapshotIgnoringCase() {
        List<SnapshotState> grady = store.userSnapshots("Grady.Archie@Fabrikam.com", null);
        assertEquals(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)),
                grady.stream().map(SnapshotState::day).toList());
        assertEquals(List.of(false, true), grady.stream().map(s -> s.registration().ssprRegistered()).toList());
        assertEquals(List.of(LocalDate.of(2025, 3, 1)), store.userSnapshots("gerhart.moller@fabrikam.com", null)
                .stream().map(SnapshotState::day).toList());
        assertEquals(List.of(), store.userSnapshots("nobody@fabrikam.com", null));
    }

    @Test
    void gradysRegistrationShowsHimNotRegisteredOnMarchFirstAndRegisteredOnAprilFirst(FxRobot robot) {
        long all = store.count(ListKind.REGISTRATIONS, EventFilter.NONE);
        robot.clickOn("#nav-registrations");
        window.waitForCount(robot, 0, all, all);
        TableView<Registration> table = table(robot, "list-registrations");
        int grady = fx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                Registration r = table.getItems().get(i);
                if (r != null && "grady.archie@fabrikam.com".equalsIgnoreCase(r.user())) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(grady >= 0);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(grady));
        waitUntil("snapshot states", () -> robot.lookup("#details-snapshots-2025-04-01").tryQuery().isPresent());
        assertEquals("SSPR registered no, enabled yes, capable no; methods: none", field(robot, "2025-03-01"));
        assertEquals("SSPR registered yes, enabled yes, capable yes; methods: Email, Mobile phone",
                field(robot, "2025-04-01"));
    }

    private static String field(FxRobot robot, String day) {
        return fx(() -> robot.lookup("#details-snapshots-" + day).queryAs(Labeled.class).getText());
    }
}
