package org.civicplan.validation.internal;

import java.util.Arrays;

/**
 * The shingle sets of one check's items, held for the exact Jaccard similarity of a candidate pair at
 * the cost of a few memory reads. The shingles most rows share (up to {@value #MAX_BITS} of those in
 * most rows: "báo cáo", "trên địa bàn", a plan's recurring field and period) are bits of one fixed-width
 * bitset per item, all items' bitsets in one array, so that their share of the common shingles is
 * an AND and a population count over one or two cache lines; the other shingles found in two rows or
 * more are a short sorted array per item, merged; a shingle of one row only cannot be common to a
 * pair and counts only toward its row's size. The similarity is that of {@link
 * NearDuplicates#jaccardPercent(int[], int[], int)} on the rows' whole sorted shingle arrays, value for
 * value.
 */
final class ShingleSets {
    /** At most this many shingles are bits. */
    static final int MAX_BITS = 1024;

    private static final int[] NONE = new int[0];

    private final int words;
    private final long[] bits;
    private final int[][] rare;
    private final int[] size;

    /** @param shingles each row's sorted distinct shingle hashes (an empty array for a row not judged) */
    ShingleSets(int[][] shingles) {
        int rows = shingles.length;
        Counts counts = new Counts(rows);
        for (int[] row : shingles) {
            for (int shingle : row) {
                counts.add(shingle);
            }
        }
        // shingles of two rows or more, most rows first (then by value, so that the choice is the same
        // from run to run): the first MAX_BITS of them are bits
        int shared = 0;
        long[] order = new long[counts.size];
        for (int s = 0; s < counts.keys.length; s++) {
            if (counts.counts[s] >= 2) {
                order[shared++] = (long) (Integer.MAX_VALUE - counts.counts[s]) << 32 | (counts.keys[s] & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(order, 0, shared);
        int bitCount = Math.min(shared, MAX_BITS);
        counts.bits = new int[counts.keys.length];
        Arrays.fill(counts.bits, -1);
        for (int b = 0; b < bitCount; b++) {
            counts.setBit((int) order[b], b);
        }
        words = (bitCount + 63) >>> 6;
        bits = new long[rows * words];
        rare = new int[rows][];
        size = new int[rows];
        int[] scratch = new int[16];
        for (int r = 0; r < rows; r++) {
            int[] row = shingles[r];
            size[r] = row.length;
            int kept = 0;
            for (int shingle : row) {
                int at = counts.slot(shingle);
                int bit = counts.bits[at];
                if (bit >= 0) {
                    bits[r * words + (bit >>> 6)] |= 1L << bit;
                } else if (counts.counts[at] >= 2) {
                    if (kept == scratch.length) {
                        scratch = Arrays.copyOf(scratch, kept * 2);
                    }
                    scratch[kept++] = shingle;
                }
            }
            rare[r] = kept == 0 ? NONE : Arrays.copyOf(scratch, kept);
        }
    }

    /** The number of distinct shingles of row {@code r}. */
    int size(int r) {
        return size[r];
    }

    /**
     * The exact Jaccard similarity of rows {@code a} and {@code b} in whole percent when it is at least
     * {@code need}, otherwise -1: as {@link NearDuplicates#jaccardPercent(int[], int[], int)} on their
     * shingle arrays.
     */
    int percent(int a, int b, int need) {
        int sizeA = size[a];
        int sizeB = size[b];
        int total = sizeA + sizeB;
        // need percent takes at least need (|a| + |b|) / (100 + need) shingles in common, rounded up
        int least = (need * total + 99 + need) / (100 + need);
        if (sizeA < least || sizeB < least) {
            return -1;
        }
        if (a == b) {
            // a row with itself: its shingles of one row only are common too
            int percent = sizeA == 0 ? 0 : 100;
            return percent >= need ? percent : -1;
        }
        int common = 0;
        for (int w = 0, i = a * words, j = b * words; w < words; w++) {
            common += Long.bitCount(bits[i + w] & bits[j + w]);
        }
        int[] x = rare[a];
        int[] y = rare[b];
        if (common + Math.min(x.length, y.length) < least) {
            return -1;
        }
        if (x.length > 0 && y.length > 0) {
            int i = 0, j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    common++;
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        int union = total - common;
        int percent = union == 0 ? 0 : common * 100 / union;
        return percent >= need ? percent : -1;
    }

    /** How many rows hold each shingle, then the bit of each of the most shared (-1 for none). */
    private static final class Counts {
        int[] keys;
        int[] counts; // 0 is an empty slot
        int[] bits;
        int size;

        Counts(int rows) {
            int capacity = Integer.highestOneBit(Math.max(64, Math.min(1 << 14, rows * 16)) - 1) << 1;
            keys = new int[capacity];
            counts = new int[capacity];
        }

        void add(int shingle) {
            int at = slot(shingle);
            if (counts[at] == 0) {
                keys[at] = shingle;
                if (++size * 2 > keys.length) {
                    counts[at] = 1;
                    grow();
                    return;
                }
            }
            counts[at]++;
        }

        /** The slot of {@code shingle}: where it is, or the empty slot where it goes. */
        int slot(int shingle) {
            int mask = keys.length - 1;
            int at = (int) NearDuplicates.mix(shingle) & mask;
            while (counts[at] != 0 && keys[at] != shingle) {
                at = (at + 1) & mask;
            }
            return at;
        }

        void setBit(int shingle, int bit) {
            bits[slot(shingle)] = bit;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new int[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldCounts[s] != 0) {
                    int at = slot(oldKeys[s]);
                    keys[at] = oldKeys[s];
                    counts[at] = oldCounts[s];
                }
            }
        }
    }
}
