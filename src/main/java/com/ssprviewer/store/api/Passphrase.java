package com.ssprviewer.store.api;

import java.util.Arrays;

/**
 * The passphrase of an encrypted store, as the user gave it (a dialog, a file, an environment variable). It is
 * never written anywhere: the store keeps only a salt and a check value from which it cannot be recovered.
 */
public final class Passphrase {

    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** The passphrase of these characters (copied); an empty one is refused. */
    public static Passphrase of(char[] chars) {
        if (chars == null || chars.length == 0) {
            throw new IllegalArgumentException("a passphrase needs at least one character");
        }
        return new Passphrase(Arrays.copyOf(chars, chars.length));
    }

    public static Passphrase of(String text) {
        return of(text.toCharArray());
    }

    /** A copy of its characters; the caller clears it once done. */
    public char[] chars() {
        return Arrays.copyOf(chars, chars.length);
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
