package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Passphrase;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window asks for an encrypted store's passphrase before opening it and allows three tries, saying on each
 * wrong one that it does not open the store and how many tries are left; after the third it says why the store is
 * not open.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedStoreWindowTest {
    private static final String WRONG = "That passphrase does not open the store. Tries left: ";

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
    void aWrongPassphraseIsSaidAndTheNextTryOpensTheStore() throws Exception {
        Store.open(shell.storeDir, Passphrase.of("right one")).close();
        shell.passphrases.addAll(List.of("wrong one", "right one"));

        shell.openOwnStore();

        assertEquals(List.of("", WRONG + "2."), List.copyOf(shell.passphraseProblems));
        assertTrue(fx(() -> shell.window.session().isOpen()));
    }

    @Test
    void afterThreeWrongPassphrasesTheStoreStaysClosedWithTheReason() throws Exception {
        Store.open(shell.storeDir, Passphrase.of("right one")).close();
        shell.passphrases.addAll(List.of("one", "two", "three", "right one"));

        shell.openOwnStoreExpectingFailure();

        assertEquals(List.of("", WRONG + "2.", WRONG + "1."), List.copyOf(shell.passphraseProblems));
        assertFalse(fx(() -> shell.window.session().isOpen()));
        assertEquals("The store own-store could not be opened.", fx(() -> shell.window.model().status()
                .getMessage()));
        assertTrue(shell.statusMessages.stream().noneMatch(m -> m.contains("Exception")));
    }

    @Test
    void aPlainStoreOpensWithoutAskingAndACancelSaysNoPassphraseWasGiven() throws Exception {
        shell.openOwnStore();
        assertEquals(List.of(), List.copyOf(shell.passphraseProblems), "a plain store needs no passphrase");

        Path encrypted = tmp.resolve("locked");
        Store.open(encrypted, Passphrase.of("secret")).close();
        onFx(() -> shell.window.actions().openStore(encrypted));
        shell.waitUntilIdle();
        assertEquals(List.of(""), List.copyOf(shell.passphraseProblems));
        assertEquals("The store locked could not be opened. The store " + encrypted.toAbsolutePath()
                + " is encrypted and was not opened: no passphrase was given.",
                fx(() -> shell.window.model().status().getMessage()));
    }
}
