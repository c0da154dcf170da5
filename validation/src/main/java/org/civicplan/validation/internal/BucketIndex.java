package org.civicplan.validation.internal;

import java.util.Arrays;

/**
 * The LSH buckets: band key → its last {@value NearDuplicates#PER_BUCKET} members, in open addressing over one
 * primitive array (no boxed key, no list per bucket). A bucket is one record of {@value #STRIDE}
 * ints, key, count of members and the ring of members side by side, so that a look-up reads one
 * cache line, not a key, a slot and the members in three arrays.
 */
final class BucketIndex {
    /** Key (two ints), members so far, the ring of {@value NearDuplicates#PER_BUCKET}, padding. */
    private static final int STRIDE = 8;
    /** The records start past the array's 16-byte header, 32 bytes in: two records to a 64-byte line. */
    private static final int BASE = 4;

    private int[] table;
    private int mask;
    private int size;

    BucketIndex(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    /** The members-so-far word of {@code key}'s first slot: a read ahead of {@link #addAndGetPrevious}. */
    int touch(long key) {
        return table[BASE + ((int) NearDuplicates.mix(key) & mask) * STRIDE + 2];
    }

    /** Empties the index, keeping its table. */
    void clear() {
        Arrays.fill(table, 0);
        size = 0;
    }

    private void allocate(int capacity) {
        table = new int[BASE + capacity * STRIDE];
        mask = capacity - 1;
    }

    /**
     * Adds {@code item} to the bucket of {@code key}, after copying the members it held (at most
     * {@value NearDuplicates#PER_BUCKET}, oldest first) into {@code previous}; returns how many it held.
     */
    int addAndGetPrevious(long key, int item, int[] previous) {
        return addAndGetPrevious(key, item, previous, 0);
    }

    /** As {@link #addAndGetPrevious(long, int, int[])}, the members copied into {@code previous} from {@code from}. */
    int addAndGetPrevious(long key, int item, int[] previous, int from) {
        int[] t = table;
        int low = (int) key;
        int high = (int) (key >>> 32);
        int at = BASE + ((int) NearDuplicates.mix(key) & mask) * STRIDE;
        int held;
        while ((held = t[at + 2]) != 0 && (t[at] != low || t[at + 1] != high)) {
            at = at + STRIDE < t.length ? at + STRIDE : BASE;
        }
        if (held == 0) {
            t[at] = low;
            t[at + 1] = high;
            t[at + 2] = 1;
            t[at + 3] = item;
            if (++size * 2 > mask + 1) {
                grow();
            }
            return 0;
        }
        int count = Math.min(held, NearDuplicates.PER_BUCKET);
        // a ring of PER_BUCKET: member k of the last `count` sits at (held - count + k) % PER_BUCKET
        for (int k = 0; k < count; k++) {
            previous[from + k] = t[at + 3 + (held - count + k) % NearDuplicates.PER_BUCKET];
        }
        t[at + 3 + held % NearDuplicates.PER_BUCKET] = item;
        t[at + 2] = held + 1;
        return count;
    }

    private void grow() {
        int[] old = table;
        allocate((mask + 1) * 2);
        for (int from = BASE; from < old.length; from += STRIDE) {
            if (old[from + 2] != 0) {
                long key = (long) old[from + 1] << 32 | (old[from] & 0xFFFFFFFFL);
                int at = BASE + ((int) NearDuplicates.mix(key) & mask) * STRIDE;
                while (table[at + 2] != 0) {
                    at = at + STRIDE < table.length ? at + STRIDE : BASE;
                }
                System.arraycopy(old, from, table, at, STRIDE);
            }
        }
    }
}
