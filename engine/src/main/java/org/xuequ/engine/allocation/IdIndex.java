package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Id to index lookup for up to millions of ids: open addressing over an int table, so a city-sized
 * applicant list costs a few megabytes instead of a boxed HashMap.
 */
final class IdIndex {

    private String[] ids;
    private int size;
    private int[] table; // index + 1, 0 = empty
    private int mask;

    IdIndex(int expected) {
        ids = new String[Math.max(16, expected)];
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[capacity];
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
        int slot = mix(id.hashCode()) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (ids[entry - 1].equals(id)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the id and returns its new index, or returns {@code -1 - existingIndex} if it is already there. */
    int add(String id) {
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int slot = mix(id.hashCode()) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            if (ids[entry - 1].equals(id)) {
                return -entry;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        table[slot] = ++size;
        return size - 1;
    }

    /** The ids in index order, trimmed. */
    String[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        int biggerMask = bigger.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(ids[i].hashCode()) & biggerMask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & biggerMask;
            }
            bigger[slot] = i + 1;
        }
        table = bigger;
        mask = biggerMask;
    }

    // String.hashCode is weak in the low bits for ids like A0000001; spread it before masking.
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
