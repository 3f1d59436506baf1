package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.common.FxWait;
import com.ssprviewer.ui.imports.ImportSummaryBlade;
import com.ssprviewer.ui.welcome.WelcomeBlade;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeAndSampleTest {
    @TempDir
    Path tmp;
    WindowFixture shell;

    @Start
    void start(Stage stage) {
        shell = new WindowFixture(stage, tmp);
    }

    @AfterEach
    void close() {
        shell.assertNoFxThreadFailures();
        shell.close();
    }

    @Test
    void anEmptyStoreOpensOnTheWelcomeBlade(FxRobot robot) {
        shell.openOwnStore();

        assertInstanceOf(WelcomeBlade.class, shell.lastBlade());
        assertTrue(shell.has(robot, "#welcome-import"));
        assertTrue(shell.has(robot, "#welcome-sample"));
        assertEquals("SSPR Audit Viewer - own-store", shell.stage.getTitle());
    }

    @Test
    void theWelcomeImportButtonImportsTheChosenFiles(FxRobot robot) {
        shell.openOwnStore();
        shell.chosenFiles = List.of(sample("broken-rows.csv"));

        Button importButton = shell.node(robot, "#welcome-import");
        FxWait.onFx(importButton::fire);
        waitUntil(() -> shell.window.model().blades().last().orElse(null) instanceof ImportSummaryBlade);

        assertEquals(1, ((ImportSummaryBlade) shell.lastBlade()).results().size());
    }

    @Test
    void exploringSampleDataSwitchesToASeparateSampleStoreWithDataAndOpensTheOverview(FxRobot robot)
            throws Exception {
        shell.openOwnStore();

        shell.click(robot, "#welcome-sample");
        waitUntil(() -> shell.window.session().sampleProperty().get() && !shell.window.actions().isBusy());

        assertEquals(shell.sampleDir, fx(() -> shell.window.session().directoryProperty().get()));
        assertEquals("SSPR Audit Viewer - sample-store (sample data)", shell.stage.getTitle());
        assertTrue(shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE) > 100);
        assertEquals(ViewerWindow.FIRST_VIEW, fx(() -> shell.window.model().selectedProperty().get()));
        assertEquals(NavItem.OVERVIEW, ViewerWindow.FIRST_VIEW);

        shell.close();
        try (Store own = Store.open(shell.storeDir)) {
            assertEquals(List.of(), own.imports(), "the user's own store stays empty");
        }
    }

    @Test
    void aStoreWithDataOpensWithoutTheWelcome() throws Exception {
        try (Store store = Store.open(shell.storeDir)) {
            store.importFile(sample("broken-rows.csv"), ExportFormats.opener(), Progress.NONE);
        }

        shell.openOwnStore();

        assertFalse(shell.lastBlade() instanceof WelcomeBlade);
        assertEquals(ViewerWindow.FIRST_VIEW, fx(() -> shell.window.model().selectedProperty().get()));
    }

    @Test
    void aStoreThatCannotBeOpenedSaysWhyInsteadOfAStackTrace(FxRobot robot) throws Exception {
        try (Store busy = Store.open(shell.storeDir)) {
            shell.openOwnStoreExpectingFailure();

            String error = shell.text(robot, "#start-error");
            assertTrue(error.contains("already open"), error);
            assertFalse(error.contains("Exception"), error);
            assertTrue(shell.has(robot, "#start-retry"));
        }
    }
}
