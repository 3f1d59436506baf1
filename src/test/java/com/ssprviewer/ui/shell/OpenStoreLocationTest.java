package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.schema.Intrusions;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Open store takes the folder as a folder: names that would once have added H2 settings open, import and answer
 * like any other, with nothing applied; a store opened to other accounts is closed to them, and the status bar
 * says so.
 */
@ExtendWith(ApplicationExtension.class)
class OpenStoreLocationTest {
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
    void openStoreOnAFolderNamedLikeSettingsOpensThatFolderAndAppliesNone() throws Exception {
        shell.openOwnStore();
        for (int i = 0; i < Intrusions.count(); i++) {
            Path run = tmp.resolve("run" + i);
            Path store = Intrusions.store(run, i);
            onFx(() -> shell.window.actions().openStore(store));
            shell.waitUntilIdle();
            assertEquals(store, fx(() -> shell.window.session().directoryProperty().get()), store.toString());
            shell.importFiles(sample("audit-logs-download.csv"));
            shell.waitUntilIdle();
            assertEquals(82, count(), store.toString());
            onFx(() -> shell.window.actions().openStore(shell.storeDir));
            shell.waitUntilIdle();
            Intrusions.assertNoneApplied(run, store);
        }
    }

    @Test
    void aStoreOpenedToOtherAccountsIsClosedToThemAndTheStatusBarSaysSo() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path store = tmp.resolve("shared;2025");
        Store.open(store).close();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));

        onFx(() -> shell.window.open(store));
        waitUntil(() -> shell.window.session().isOpen() && !shell.window.actions().isBusy());

        assertEquals("The store folder " + store.toAbsolutePath().normalize()
                + " could be read by other accounts; now only you can read it.",
                shell.window.model().status().getMessage());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
    }

    private long count() {
        return shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE);
    }
}
