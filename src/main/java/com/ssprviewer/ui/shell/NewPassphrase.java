package com.ssprviewer.ui.shell;

/**
 * What the person chose for a store's passphrase: a new one, or none (the store is kept unencrypted).
 *
 * @param value the new passphrase; null to remove the encryption
 */
record NewPassphrase(char[] value) {

    static NewPassphrase remove() {
        return new NewPassphrase(null);
    }

    boolean removes() {
        return value == null;
    }
}
