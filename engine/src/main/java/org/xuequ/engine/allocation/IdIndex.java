package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Id to index lookup for up to millions of ids: open addressing over an int table, so a city-sized
 * applicant list costs a few megabytes instead of a boxed HashMap.
 */
final class IdIndex {

    private String[] ids;
    private int size;
    // hash << 32 | index + 1, 0 = empty: a new id is told apart by its hash without dereferencing
    // the stored strings, so adding a million ids costs about one cache miss each
    private long[] table;
    private int mask;

    IdIndex(int expected) {
        ids = new String[Math.max(16, expected)];
        // load at most ~0.6: a bigger table would spill out of the L3 cache and miss more
        int capacity = Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1;
        table = new long[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    String id(int index) {
        return ids[index];
    }

    /** Index of the id, or -1. */
    int find(String id) {
        int hash = mix(id.hashCode());
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the id and returns its new index, or returns {@code -1 - existingIndex} if it is already there. */
    int add(String id) {
        if ((size + 1) * 5 > table.length * 3) {
            grow();
        }
        int hash = mix(id.hashCode());
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
                return -(int) entry;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        table[slot] = ((long) hash << 32) | ++size;
        return size - 1;
    }

    /** The ids in index order, trimmed. */
    String[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        int biggerMask = bigger.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & biggerMask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & biggerMask;
                }
                bigger[slot] = entry;
            }
        }
        table = bigger;
        mask = biggerMask;
    }

    // String.hashCode is weak in the low bits for ids like A0000001: mix all bits into the low ones
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
