package org.xuequ.engine.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids numbered in order of first appearance, looked up by their UTF-8 bytes straight from a read
 * buffer, so that matching millions of rows creates no strings. Keeps the bytes for writing the
 * result and for the lottery, which hashes the id's UTF-8 bytes.
 */
final class ByteIds {

    private byte[] pool;
    private int poolSize;
    private int[] offset;
    private int count;
    // hash << 32 | id + 1, 0 = empty: ids are told apart by hash before their bytes are compared;
    // null until indexed
    private long[] table;
    private int mask;

    /**
     * Sized for about {@code expected} ids. When {@code eager}, every {@link #add} is checked at once;
     * otherwise ids are only stored, and {@link #firstRepeat()} indexes them all in one go, inserting
     * them grouped by home slot so that the table's writes stay within a small window of memory (a
     * million one-by-one inserts would cost a cache miss each).
     */
    ByteIds(int expected, boolean eager) {
        int ids = Math.max(16, expected);
        pool = new byte[ids * 8];
        offset = new int[ids + 1];
        if (eager) {
            // load at most ~0.6: a bigger table would spill out of the L3 cache and miss more
            table = new long[Integer.highestOneBit(ids + ids / 2) << 1];
            mask = table.length - 1;
        }
    }

    int size() {
        return count;
    }

    byte[] pool() {
        return pool;
    }

    int offset(int id) {
        return offset[id];
    }

    int length(int id) {
        return offset[id + 1] - offset[id];
    }

    String text(int id) {
        return new String(pool, offset[id], length(id), StandardCharsets.UTF_8);
    }

    /** Id of the bytes, or -1. */
    int find(byte[] bytes, int from, int to) {
        return find(bytes, from, to, hash(bytes, from, to));
    }

    /** Id of the bytes, or -1, given {@code hash = finish(step(step(START, b0), b1)...)}. */
    int find(byte[] bytes, int from, int to, int hash) {
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && same(id, bytes, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Adds the bytes and returns their new id; if indexed, returns {@code -1 - existing} for bytes
     * already present.
     */
    int add(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        if (table != null) {
            int existing = find(bytes, from, to, hash);
            if (existing >= 0) {
                return -1 - existing;
            }
        }
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        if (count + 2 > offset.length) {
            offset = Arrays.copyOf(offset, offset.length * 2);
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        offset[count] = poolSize;
        poolSize += length;
        offset[count + 1] = poolSize;
        int id = count++;
        if (table != null) {
            if (count * 5 > table.length * 3) {
                rehash();
            }
            insert(((long) hash << 32) | (id + 1));
        }
        return id;
    }

    private boolean same(int id, byte[] bytes, int from, int to) {
        int at = offset[id];
        if (offset[id + 1] - at != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (pool[at++] != bytes[i]) { // ids are short: a plain loop beats the vectorised compare's set-up
                return false;
            }
        }
        return true;
    }

    private void insert(long entry) {
        int slot = (int) (entry >>> 32) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = entry;
    }

    /** Indexes the ids stored so far; returns the later id of a repeated pair, or -1. */
    int firstRepeat() {
        table = new long[Integer.highestOneBit(Math.max(16, count + count / 2)) << 1];
        mask = table.length - 1;
        int[] hashes = new int[count];
        int bucketBits = Math.min(12, Integer.numberOfTrailingZeros(table.length));
        int shift = Integer.numberOfTrailingZeros(table.length) - bucketBits;
        int[] start = new int[(1 << bucketBits) + 1];
        for (int id = 0; id < count; id++) {
            hashes[id] = hash(pool, offset[id], offset[id + 1]);
            start[((hashes[id] & mask) >>> shift) + 1]++;
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[count];
        for (int id = 0; id < count; id++) {
            order[start[(hashes[id] & mask) >>> shift]++] = id;
        }
        int repeat = -1;
        for (int id : order) {
            int existing = find(pool, offset[id], offset[id + 1], hashes[id]);
            if (existing >= 0) {
                repeat = Math.max(repeat, Math.max(id, existing));
            } else {
                insert(((long) hashes[id] << 32) | (id + 1));
            }
        }
        return repeat;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                insert(entry);
            }
        }
    }

    static final int START = 0;

    /** One byte of the hash, so that a reader can hash an id while it looks for its end. */
    static int step(int h, byte b) {
        return 31 * h + b;
    }

    static int hash(byte[] bytes, int from, int to) {
        int h = START;
        for (int i = from; i < to; i++) {
            h = step(h, bytes[i]);
        }
        return finish(h);
    }

    static int finish(int h) {
        h ^= h >>> 16; // ids like A0000001 differ in their last bytes: mix all bits into the low ones
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
