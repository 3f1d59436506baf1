package com.ssprviewer.ui.coverage;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.overview.OverviewBlade;
import com.ssprviewer.ui.shell.FileDialogs;
import com.ssprviewer.ui.shell.NavItem;
import com.ssprviewer.ui.shell.PendingShellActions;
import com.ssprviewer.ui.shell.ShellModel;
import com.ssprviewer.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Overview's link to the users whose registration events and snapshots disagree and the Registration coverage
 * blade's count of them are one answer: a store with snapshots in which nobody disagrees shows no link beside a
 * coverage count of 0, and the sample store's ten disagreeing users are ten in both.
 */
@ExtendWith(ApplicationExtension.class)
class DisagreementCountsAgreeTest {
    private static final String MARCH = "/samples/user-registration-details-2025-03-01.json";
    private static final String APRIL = "/samples/user-registration-details-2025-04-01.csv";

    @TempDir
    static Path dir;
    static Store snapshotsOnly;
    static Store eventsAndSnapshots;
    Stage stage;
    ShellModel model;
    BackgroundExecutor worker;

    @BeforeAll
    static void fill() {
        snapshotsOnly = SampleStore.open(dir.resolve("snapshots"), List.of(MARCH, APRIL));
        eventsAndSnapshots = SampleStore.open(dir.resolve("both"),
                List.of("/samples/classic-registration-activity.csv", MARCH, APRIL));
    }

    @AfterAll
    static void closeStores() {
        snapshotsOnly.close();
        eventsAndSnapshots.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        worker.close();
    }

    @Test
    void snapshotsNobodyContradictsShowNoLinkOnTheOverviewAndZeroInCoverage(FxRobot robot) {
        open(snapshotsOnly);

        assertEquals(0, overviewCount(robot));
        assertFalse(fx(() -> link(robot).isVisible()), "no link to an empty list");
        assertEquals("0", coverageCount(robot));
    }

    @Test
    void theTenUsersWhoseEventsAndSnapshotsDisagreeAreTenOnTheOverviewAndInCoverage(FxRobot robot) {
        open(eventsAndSnapshots);

        assertEquals(10, overviewCount(robot));
        assertTrue(fx(() -> link(robot).isVisible()));
        assertEquals("Events and snapshots disagree for 10 users: see which", fx(() -> link(robot).getText()));
        assertEquals("10", coverageCount(robot));
    }

    private void open(Store store) {
        fx(() -> {
            I18n.setLocale(AppLanguage.ENGLISH.locale());
            worker = BackgroundExecutor.create("disagree-counts-test", 2);
            model = new ShellModel(new AppPreferences(new MemoryPreferences()));
            ListBlades lists = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                    model.timeModeProperty(), model.status(), model.preferences(), (owner, name) -> Optional.empty(),
                    Clock.systemUTC()));
            model.register(NavItem.COVERAGE, () -> new CoverageBlade(lists, new DataEvents()));
            model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, new DataEvents()));
            ShellView view = new ShellView(model, new PendingShellActions(model.status()), new NoDialogs(),
                    stage::close);
            stage.setScene(view.createScene(1240, 780));
            stage.show();
            return null;
        });
    }

    private int overviewCount(FxRobot robot) {
        robot.clickOn("#nav-overview");
        waitUntil("overview blade", () -> !model.blades().blades().isEmpty()
                && model.blades().blades().get(0) instanceof OverviewBlade);
        OverviewBlade overview = (OverviewBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("disagreements counted", () -> fx(overview::disagreements) >= 0);
        return fx(overview::disagreements);
    }

    private static Hyperlink link(FxRobot robot) {
        return robot.lookup("#overview-disagree").queryAs(Hyperlink.class);
    }

    private String coverageCount(FxRobot robot) {
        robot.clickOn("#nav-coverage");
        waitUntil("coverage blade", () -> !model.blades().blades().isEmpty()
                && model.blades().blades().get(0) instanceof CoverageBlade);
        CoverageBlade coverage = (CoverageBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("coverage counted", () -> coverage.model().dataProperty().get() != null
                && coverage.model().disagreementsProperty().get() >= 0);
        return fx(() -> robot.lookup("#coverage-list-disagree").queryLabeled().getText());
    }

    private static final class NoDialogs implements FileDialogs {
        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseStoreDirectory(Window owner) {
            return Optional.empty();
        }
    }
}
