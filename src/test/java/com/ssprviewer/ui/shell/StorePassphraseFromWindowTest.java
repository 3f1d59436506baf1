package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Store passphrase encrypts the open store, changes its passphrase and removes its encryption: each time the
 * store is rewritten in the background, opens again (asking for the passphrase it has now) and keeps every event.
 */
@ExtendWith(ApplicationExtension.class)
class StorePassphraseFromWindowTest {

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

    /** The events of the window's open store, counted from the test thread (never the FX thread). */
    private long events() {
        return shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE);
    }

    private void changeFromTheMenu(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-passphrase");
        waitUntil(() -> fx(() -> shell.window.session().isOpen() && !shell.window.actions().isBusy()));
    }

    @Test
    void theOpenStoreIsEncryptedChangedAndDecryptedFromTheMenuKeepingItsEvents(FxRobot robot) throws Exception {
        shell.openOwnStore();
        shell.importFiles(WindowFixture.sample("audit-logs-download.csv"));
        shell.waitUntilIdle();
        long before = events();
        assertTrue(before > 0);

        shell.newPassphrases.add("first secret");
        shell.passphrases.add("first secret");
        changeFromTheMenu(robot);
        assertTrue(Store.encrypted(shell.storeDir), "the store is encrypted");
        assertEquals(before, events());
        assertEquals(List.of(""), List.copyOf(shell.passphraseProblems), "asked once, on opening again");

        shell.passphrases.addAll(List.of("first secret", "second secret"));
        shell.newPassphrases.add("second secret");
        changeFromTheMenu(robot);
        assertTrue(Store.encrypted(shell.storeDir));
        assertEquals(before, events());

        shell.passphrases.add("second secret");
        shell.newPassphrases.add("");
        changeFromTheMenu(robot);
        assertFalse(Store.encrypted(shell.storeDir), "the encryption is removed");
        assertEquals(before, events());
        shell.window.shutdown();
        try (Store plain = Store.open(shell.storeDir)) {
            assertEquals(before, plain.count(ListKind.EVENTS, EventFilter.NONE));
        }
    }

    @Test
    void cancellingTheNewPassphraseLeavesTheStoreOpenAndUnchanged(FxRobot robot) throws Exception {
        shell.openOwnStore();
        shell.importFiles(WindowFixture.sample("audit-logs-download.csv"));
        shell.waitUntilIdle();
        long before = events();

        changeFromTheMenu(robot);

        assertTrue(fx(() -> shell.window.session().isOpen()), "the store stays open");
        assertFalse(Store.encrypted(shell.storeDir));
        assertEquals(before, events());
        assertTrue(shell.statusMessages.stream().noneMatch(m -> m.contains("not changed")), shell.statusMessages
                .toString());
    }
}
