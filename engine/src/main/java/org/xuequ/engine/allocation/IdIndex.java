package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Id to index lookup for up to millions of ids, in primitive arrays instead of a boxed HashMap.
 *
 * <p>Ids may be appended without a lookup; the hash table is then built in one go when first
 * needed, inserting ids grouped by home slot so that its writes stay within a small window of
 * memory. Inserting a million ids one by one would cost a cache miss each.
 */
final class IdIndex {

    private final String what;
    private String[] ids;
    private int size;
    // hash << 32 | index + 1, 0 = empty: ids are told apart by hash before the strings are compared;
    // null until first needed
    private long[] table;
    private int mask;

    /**
     * @param what  the kind of id, for messages ("school", "applicant")
     * @param eager build the table now, so that every {@link #add} is checked at once
     */
    IdIndex(String what, int expected, boolean eager) {
        this.what = what;
        ids = new String[Math.max(16, expected)];
        if (eager) {
            rebuild();
        }
    }

    int size() {
        return size;
    }

    String id(int index) {
        return ids[index];
    }

    /** Index of the id, or -1. */
    int find(String id) {
        ensureTable();
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

    /**
     * Adds the id and returns its index. Once the table exists a repeated id is refused at once
     * ({@code -1 - existingIndex}); before that it is appended and {@link #firstRepeat()} finds it.
     */
    int add(String id) {
        if (table != null) {
            int existing = find(id);
            if (existing >= 0) {
                return -1 - existing;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        if (table != null) {
            if ((size + 1) * 5 > table.length * 3) {
                size++;
                rebuild();
                return size - 1;
            }
            insert(((long) mix(id.hashCode()) << 32) | (size + 1));
        }
        return size++;
    }

    /** Builds the table if needed; returns the index of an id that repeats an earlier one, or -1. */
    int firstRepeat() {
        if (table != null) {
            return -1; // ids added since the table exists were checked as they came
        }
        return rebuild();
    }

    /** The ids in index order, trimmed. */
    String[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    private void ensureTable() {
        if (table == null) {
            int repeat = rebuild();
            if (repeat >= 0) {
                throw new InvalidMarketException(what + " " + ids[repeat] + " is listed twice");
            }
        }
    }

    private int rebuild() {
        // load at most ~0.6: a bigger table would spill out of the L3 cache and miss more
        int capacity = Integer.highestOneBit(Math.max(16, size + size / 2)) << 1;
        table = new long[capacity];
        mask = capacity - 1;
        int[] hashes = new int[size];
        int bucketBits = Math.min(12, Integer.numberOfTrailingZeros(capacity));
        int shift = Integer.numberOfTrailingZeros(capacity) - bucketBits;
        int[] start = new int[(1 << bucketBits) + 1];
        for (int i = 0; i < size; i++) {
            hashes[i] = mix(ids[i].hashCode());
            start[((hashes[i] & mask) >>> shift) + 1]++;
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[start[(hashes[i] & mask) >>> shift]++] = i;
        }
        int repeat = -1;
        for (int i : order) {
            int slot = hashes[i] & mask;
            long entry;
            while ((entry = table[slot]) != 0) {
                if ((int) (entry >>> 32) == hashes[i] && ids[(int) entry - 1].equals(ids[i])) {
                    repeat = Math.max(repeat, Math.max(i, (int) entry - 1)); // the later of the two
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (entry == 0) {
                table[slot] = ((long) hashes[i] << 32) | (i + 1);
            }
        }
        return repeat;
    }

    private void insert(long entry) {
        int slot = (int) (entry >>> 32) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = entry;
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
