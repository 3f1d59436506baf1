package com.ssprviewer.ui.coverage;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.Disagreement;
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
import com.ssprviewer.ui.overview.DisagreementsBlade;
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
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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
 * With the sample registrations (the classic registration report) and both sample snapshots, the Registration
 * coverage blade counts the users whose events and snapshots disagree and opens exactly them, in a list that Ctrl+C
 * copies; the Overview links to the same list under its registration tiles.
 *
 * <p>The expected rows, from the sample README: the 2025-03-01 snapshot's "enabled but not registered" users are 12;
 * nine of them registered successfully before that day (the report's rows allan.deyoung 2025-02-19 08:38:36 (his
 * later of two), debra.berger 2025-02-13 06:19:25, grady.archie 2025-02-22 10:55:05, isaiah.langer 2025-02-12
 * 12:24:32, lee.gu 2025-02-18 06:20:32, megan.bowen 2025-02-22 15:13:02, miriam.graham 2025-02-09 10:09:10,
 * olivia.hart 2025-02-14 12:42:31, patti.fernandez 2025-02-17 17:29:02), so the next snapshot contradicts each of them;
 * ben.walters, gerhart.moller and sofia.eriksson have no registration events. Grady registered again on 2025-03-02 and
 * April confirms it, so that one agrees. adele.vance registered on 2025-02-17 10:05:34, March confirms it and April
 * lost it (the README's "registration lost"): the tenth row, a later snapshot. Users still not registered in April
 * after March already contradicted them are listed once, with March.
 */
@ExtendWith(ApplicationExtension.class)
class DisagreementsBladeTest {
    private static final String HEADER = "User\tRegistered at\tSnapshot\tSnapshot state\tContradiction";
    private static final String NEXT = "\tNot SSPR registered, enabled\tThe next snapshot says not registered";

    @TempDir
    static Path dir;
    static Store store;
    ShellModel model;
    BackgroundExecutor worker;

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
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        worker = BackgroundExecutor.create("disagree-test", 2);
        model = new ShellModel(new AppPreferences(new MemoryPreferences()));
        ListBlades lists = new ListBlades(new ListContext(StoreAccess.of(store, worker), model.blades(),
                model.timeModeProperty(), model.status(), model.preferences(), (owner, name) -> Optional.empty(),
                Clock.systemUTC()));
        model.register(NavItem.COVERAGE, () -> new CoverageBlade(lists, new DataEvents()));
        model.register(NavItem.OVERVIEW, () -> new OverviewBlade(lists, new DataEvents()));
        ShellView view = new ShellView(model, new PendingShellActions(model.status()), dialogs(), stage::close);
        stage.setScene(view.createScene(1240, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        worker.close();
    }

    @Test
    void theCoverageBladeCountsTheDisagreeingUsersAndOpensExactlyThem(FxRobot robot) {
        robot.clickOn("#nav-coverage");
        waitUntil("coverage blade", () -> !model.blades().blades().isEmpty());
        CoverageBlade coverage = (CoverageBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("coverage data", () -> coverage.model().dataProperty().get() != null
                && !coverage.model().loadingProperty().get());
        assertEquals("10", fx(() -> robot.lookup("#coverage-list-disagree").queryLabeled().getText()));

        onFx(() -> robot.lookup("#coverage-list-disagree").queryAs(ButtonBase.class).fire());
        DisagreementsBlade blade = opened();
        assertEquals(List.of(
                "adele.vance@fabrikam.com 2025-02-17T10:05:34Z 2025-04-01 false lost",
                "allan.deyoung@fabrikam.com 2025-02-19T08:38:36Z 2025-03-01 false next",
                "debra.berger@fabrikam.com 2025-02-13T06:19:25Z 2025-03-01 false next",
                "grady.archie@fabrikam.com 2025-02-22T10:55:05Z 2025-03-01 false next",
                "isaiah.langer@fabrikam.com 2025-02-12T12:24:32Z 2025-03-01 false next",
                "lee.gu@fabrikam.com 2025-02-18T06:20:32Z 2025-03-01 false next",
                "megan.bowen@fabrikam.com 2025-02-22T15:13:02Z 2025-03-01 false next",
                "miriam.graham@fabrikam.com 2025-02-09T10:09:10Z 2025-03-01 false next",
                "olivia.hart@fabrikam.com 2025-02-14T12:42:31Z 2025-03-01 false next",
                "patti.fernandez@fabrikam.com 2025-02-17T17:29:02Z 2025-03-01 false next"),
                fx(blade::rows).stream().map(DisagreementsBladeTest::describe).toList());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsShown(FxRobot robot) {
        robot.clickOn("#nav-coverage");
        waitUntil("coverage blade", () -> !model.blades().blades().isEmpty());
        CoverageBlade coverage = (CoverageBlade) fx(() -> model.blades().blades().get(0));
        waitUntil("coverage data", () -> coverage.model().dataProperty().get() != null);
        onFx(coverage::openDisagreements);
        DisagreementsBlade blade = opened();
        TableView<?> table = robot.lookup("#disagree-table").queryAs(TableView.class);
        waitUntil("rows shown", () -> fx(() -> table.getItems().size()) == 10);
        robot.clickOn(table);
        // The click focuses the table and selects the row under it; then choose the rows to copy.
        onFx(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(1, 3);
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals(HEADER + "\n"
                + "allan.deyoung@fabrikam.com\t2025-02-19 08:38:36\t2025-03-01" + NEXT + "\n"
                + "debra.berger@fabrikam.com\t2025-02-13 06:19:25\t2025-03-01" + NEXT + "\n", copied);
        assertTrue(fx(blade::copySelection).startsWith(HEADER));
    }

    @Test
    void theOverviewLinksToTheSameListWhenTheStoreHasSnapshots(FxRobot robot) {
        robot.clickOn("#nav-overview");
        waitUntil("overview link", () -> fx(() -> robot.lookup("#overview-disagree").tryQuery()
                .map(n -> n.isVisible()).orElse(false)));
        onFx(() -> robot.lookup("#overview-disagree").queryAs(ButtonBase.class).fire());
        assertEquals(10, opened().rows().size());
    }

    private DisagreementsBlade opened() {
        waitUntil("disagreements blade", () -> model.blades().size() > 1);
        DisagreementsBlade blade = (DisagreementsBlade) fx(() -> model.blades().blades().get(1));
        waitUntil("rows computed", () -> fx(() -> blade.loadedProperty().get()));
        return blade;
    }

    private static String describe(Disagreement d) {
        return d.user() + " " + d.eventTime() + " " + d.snapshotDay() + " " + d.state().ssprRegistered() + " "
                + (d.nextSnapshot() ? "next" : "lost");
    }

    private static FileDialogs dialogs() {
        return new FileDialogs() {
            @Override
            public List<Path> chooseImportFiles(Window owner) {
                return List.of();
            }

            @Override
            public Optional<Path> chooseStoreDirectory(Window owner) {
                return Optional.empty();
            }
        };
    }
}
