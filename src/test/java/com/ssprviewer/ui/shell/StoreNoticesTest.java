package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.StoreProbe;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the window says about the store it opens: that it first cleans up an import a crash left unfinished, and that
 * a store it cannot write is open for viewing only, where imports are refused with that sentence.
 */
@ExtendWith(ApplicationExtension.class)
class StoreNoticesTest {

    private static final String READ_ONLY = "The store own-store cannot be written, so it is open read-only for"
            + " viewing; make its folder and files writable to import into it.";

    @TempDir
    Path tmp;
    WindowFixture shell;

    @Start
    void start(Stage stage) {
        shell = new WindowFixture(stage, tmp);
    }

    @AfterEach
    void close() throws Exception {
        chattr("-i", shell.storeDir.resolve("sspr.mv.db"), shell.storeDir);
        shell.assertNoFxThreadFailures();
        shell.close();
    }

    @Test
    void openingAStoreWithALargeUnfinishedImportSaysItCleansItUpFirst() throws Exception {
        Store.open(shell.storeDir).close();
        StoreProbe.leaveUnfinishedImport(shell.storeDir, 12_000);

        shell.openOwnStore();

        assertTrue(List.copyOf(shell.statusMessages).contains(
                "Cleaning up an import that did not finish (12,000 rows)..."), shell.statusMessages.toString());
        assertEquals(0, shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void aStoreThatCannotBeWrittenIsShownReadOnlyAndRefusesImportsWithThatSentence(FxRobot robot) throws Exception {
        Store.open(shell.storeDir).close();
        assumeTrue(chattr("+i", shell.storeDir.resolve("sspr.mv.db"), shell.storeDir),
                "chattr +i is not available here");

        shell.openOwnStore();
        assertEquals(READ_ONLY, fx(() -> shell.window.model().status().getMessage()));

        shell.click(robot, "#nav-imports");
        waitUntil(() -> shell.has(robot, "#imports-read-only"));
        Label notice = shell.node(robot, "#imports-read-only");
        assertTrue(fx(notice::isVisible), "the Imports blade says imports are refused");
        assertTrue(notice.getText().startsWith("This store cannot be written"), notice.getText());

        shell.importFiles(sample("classic-password-reset-activity.csv"));
        shell.waitUntilIdle();
        assertEquals(READ_ONLY, fx(() -> shell.window.model().status().getMessage()));
        assertEquals(0, shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE));
    }

    /** Sets or clears the immutable flag, which holds even for root (plain permissions do not). */
    private static boolean chattr(String flag, Path... paths) throws Exception {
        try {
            for (Path p : paths) {
                Process chattr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
                chattr.getInputStream().readAllBytes();
                if (chattr.waitFor() != 0) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
