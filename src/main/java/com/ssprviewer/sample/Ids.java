package com.ssprviewer.sample;

import java.util.Random;

/** Made-up identifiers in the shapes real exports use: GUIDs, record-id tokens, documentation-range IP addresses. */
final class Ids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final String[] IP_PREFIXES = {"192.0.2.", "198.51.100.", "203.0.113."};

    private Ids() {
    }

    /** A version-4-shaped GUID in lower case, drawn from {@code random}. */
    static String guid(Random random) {
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        char[] out = new char[36];
        int p = 0;
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                out[p++] = '-';
            }
            long word = i < 16 ? hi : lo;
            int shift = 60 - 4 * (i % 16);
            out[p++] = HEX[(int) ((word >>> shift) & 0xf)];
        }
        return new String(out);
    }

    /** Five upper-case letters or digits, the middle part of a record id. */
    static String token(Random random) {
        char[] out = new char[5];
        for (int i = 0; i < out.length; i++) {
            out[i] = TOKEN[random.nextInt(TOKEN.length)];
        }
        return new String(out);
    }

    /** {@code n} lower-case hex digits (skip tokens of Graph next links). */
    static String hex(Random random, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        return new String(out);
    }

    /** An address in one of the three documentation ranges (RFC 5737). */
    static String ip(Random random) {
        return IP_PREFIXES[random.nextInt(IP_PREFIXES.length)] + (2 + random.nextInt(252));
    }

    /**
     * Mixes a seed with a salt into a well-spread seed (SplitMix64 finaliser), so nearby salts give unrelated streams.
     */
    static long mix(long seed, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
