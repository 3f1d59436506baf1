package com.ssprviewer.store.imports;

/**
 * An open-addressing map from long to a count, about 12 bytes per entry: the key sets and occurrence counters of an
 * import hold one entry per row, so boxed maps would not fit a 1M-row file in a small heap.
 */
final class LongCounts {

    private long[] keys;
    private int[] counts;
    private int size;
    private int zeroCount;

    LongCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
    }

    /** Adds one to the key's count and returns the new count. */
    int increment(long key) {
        if (key == 0) {
            return ++zeroCount;
        }
        int i = slot(key);
        if (keys[i] == key) {
            return ++counts[i];
        }
        keys[i] = key;
        counts[i] = 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 1;
    }

    boolean contains(long key) {
        if (key == 0) {
            return zeroCount > 0;
        }
        return keys[slot(key)] == key;
    }

    int size() {
        return size + (zeroCount > 0 ? 1 : 0);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }
}
