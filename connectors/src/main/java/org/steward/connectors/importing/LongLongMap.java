package org.steward.connectors.importing;

import java.util.Arrays;

/**
 * An open-addressing map from long to long, for remembering millions of fingerprints in a few bytes each.
 * Key 0 is reserved (callers pass mixed hashes, which are 0 with negligible probability).
 */
final class LongLongMap {
    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;

    /** The value for {@code key}, or 0 when absent. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == 0) {
                return 0;
            }
        }
    }

    void put(long key, long value) {
        if (key == 0) {
            key = 1;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    /** A well-mixed 64-bit hash of a string (FNV-1a followed by a murmur finaliser). */
    static long hash(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ae63bL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
