package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What closing the window does to running work and to the store: it asks, undoes the work, and frees the store. */
@ExtendWith(ApplicationExtension.class)
class CloseWhileWorkRunsTest {
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
    void closingTheWindowWhileAnImportRunsAsksFirstAndKeepingOnLetsTheImportFinish() throws Exception {
        shell.openOwnStore();
        startBigImport();
        shell.closeAnswers.add(false);

        onFx(() -> shell.stage.fireEvent(new WindowEvent(shell.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(List.of(List.of("Importing 1 file...")), List.copyOf(shell.closeQuestions));
        assertTrue(fx(shell.stage::isShowing), "the window stays open");
        shell.waitUntilIdle();
        assertEquals(BigExport.ROWS, eventsNow(), "the import was not cancelled");
        assertTrue(fx(shell.stage::isShowing), "the window stays open after the import finished");
    }

    @Test
    void closingTheWindowWhileAnImportRunsCancelsItClosesAndLeavesTheStoreFreeAndAsBefore() throws Exception {
        shell.openOwnStore();
        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();
        long before = eventsNow();
        startBigImport();

        onFx(() -> shell.stage.fireEvent(new WindowEvent(shell.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, shell.closeQuestions.size(), "it asked first");

        waitUntil("the window closes once the import has undone itself", () -> !shell.stage.isShowing());
        assertTrue(fx(() -> shell.window.model().status().running().isEmpty()), "no work runs when it closes");
        onFx(shell.window::shutdown);

        try (Store again = Store.open(shell.storeDir)) {
            assertEquals(before, again.count(ListKind.EVENTS, EventFilter.NONE), "the cancelled import left nothing");
        }
    }

    @Test
    void closingTheWindowWithNoWorkRunningClosesAtOnceWithoutAsking() throws Exception {
        shell.openOwnStore();

        onFx(shell.window::requestClose);

        assertTrue(!fx(shell.stage::isShowing), "the window closed");
        assertEquals(List.of(), List.copyOf(shell.closeQuestions));
        onFx(shell.window::shutdown);
        try (Store again = Store.open(shell.storeDir)) {
            assertEquals(0, again.count(ListKind.EVENTS, EventFilter.NONE));
        }
    }

    private void startBigImport() throws Exception {
        Path big = BigExport.auditCsv(tmp);
        shell.importFiles(big);
        waitUntil("the big import is reading", () -> shell.window.model().status().getMessage().startsWith("Importing")
                && shell.window.model().status().getProgress() > 0);
    }

    private long eventsNow() {
        return shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE);
    }
}
