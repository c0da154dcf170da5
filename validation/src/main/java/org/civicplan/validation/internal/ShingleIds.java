package org.civicplan.validation.internal;

import java.util.Arrays;
import org.civicplan.core.model.Item;

/**
 * The distinct shingles of one near-duplicate search, numbered in the order they are first seen, each
 * with its {@value NearDuplicates#HASHES} MinHash values worked out once. An item's shingles are then
 * a short array of numbers without repeats, found with one look-up per shingle and no sort; its MinHash
 * signature is a minimum over the remembered values. Texts share most of their shingles ("báo cáo
 * định kỳ", "trên địa bàn"), so a check meets few distinct ones. The values of at most {@value
 * #MAX_VALUES} shingles are remembered; beyond, a shingle's values are worked out each time.
 */
final class ShingleIds {
    static final int MAX_VALUES = 1 << 15;

    private static final int[] NONE = new int[0];

    /** Open addressing: shingle hash → its number + 1 (0 is an empty slot). */
    private int[] keys;

    private int[] slots;
    /** Number → the shingle's hash. */
    private int[] shingles;
    /** Number → its MinHash values (null past {@link #MAX_VALUES}). */
    private int[][] values;
    /** Number → the last row that holds it, plus one: a row's repeats are dropped without a sort. */
    private int[] seenBy;

    private int size;
    private int row;
    private int[] words = new int[64];
    private int[] scratch = new int[64];
    private final int[] computed = new int[NearDuplicates.HASHES];

    ShingleIds(int items) {
        // grown as shingles come: a plan of a few rows needs few, a portfolio's common phrases recur
        int capacity = Integer.highestOneBit(Math.max(64, Math.min(1024, items * 8)) - 1) << 1;
        keys = new int[capacity];
        slots = new int[capacity];
        shingles = new int[capacity / 2];
        values = new int[capacity / 2][];
        seenBy = new int[capacity / 2];
    }

    /** How many distinct shingles have been numbered. */
    int size() {
        return size;
    }

    /** The hashes of the shingles by number: {@code shingles()[k]} is shingle {@code k}'s hash. */
    int[] shingles() {
        return shingles;
    }

    /**
     * The numbers of the item's distinct shingles, in the order first met in the text; empty for a
     * text too short to judge. As a set, those of {@link NearDuplicates#shingles(Item)}.
     */
    int[] row(Item item) {
        // as NearDuplicates.shingles: the words of the folded title, then those of the folded own content,
        // hashed straight from the texts where the fold works character by character
        String title = item.title();
        String content =
                item.content().isPresent() ? Calibration.own(item.content().get()) : "";
        words(title.length() + content.length());
        int count = FoldedWords.words(title, words, 0);
        if (count >= 0) {
            count = FoldedWords.words(content, words, count);
        }
        if (count < 0) {
            title = TaskReading.fold(title);
            content = TaskReading.fold(content);
            words(title.length() + content.length());
            count = NearDuplicates.words(content, words, NearDuplicates.words(title, words, 0));
        }
        if (count < NearDuplicates.MIN_WORDS) {
            return NONE;
        }
        if (scratch.length < count) {
            scratch = new int[Math.max(count, scratch.length * 2)];
        }
        int stamp = ++row;
        int distinct = 0;
        for (int w = 0; w + 1 < count; w++) {
            int id = id((int) NearDuplicates.mix((long) words[w] << 32 ^ (words[w + 1] & 0xFFFFFFFFL)));
            if (seenBy[id] != stamp) {
                seenBy[id] = stamp;
                scratch[distinct++] = id;
            }
        }
        return Arrays.copyOf(scratch, distinct);
    }

    /** Room in {@link #words} for the words of texts of {@code length} characters in all. */
    private void words(int length) {
        // at most one word per two characters
        int most = length / 2 + 2;
        if (words.length < most) {
            words = new int[Math.max(most, words.length * 2)];
        }
    }

    /**
     * The MinHash signature of the shingles numbered {@code row}, into {@code signature}: that of
     * {@link NearDuplicates#signature(int[], int[])} on their hashes, value for value.
     */
    void signature(int[] row, int[] signature) {
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int id : row) {
            int[] v = values[id];
            if (v == null) {
                NearDuplicates.hashes(shingles[id], computed, 0);
                v = computed;
            }
            // the same index into both arrays: a loop the compiler turns into vector minimums
            for (int h = 0; h < NearDuplicates.HASHES; h++) {
                signature[h] = Math.min(signature[h], v[h]);
            }
        }
    }

    /** The number of {@code shingle}, given on first sight. */
    int id(int shingle) {
        int mask = keys.length - 1;
        int slot = (int) NearDuplicates.mix(shingle) & mask;
        int held;
        while ((held = slots[slot]) != 0) {
            if (keys[slot] == shingle) {
                return held - 1;
            }
            slot = (slot + 1) & mask;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            return id(shingle);
        }
        int id = size++;
        keys[slot] = shingle;
        slots[slot] = id + 1;
        shingles[id] = shingle;
        if (id < MAX_VALUES) {
            int[] v = new int[NearDuplicates.HASHES];
            NearDuplicates.hashes(shingle, v, 0);
            values[id] = v;
        }
        return id;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new int[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = (int) NearDuplicates.mix(oldKeys[i]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
        // at most half the slots are taken: the numbered arrays hold as many as that
        shingles = Arrays.copyOf(shingles, keys.length / 2);
        values = Arrays.copyOf(values, keys.length / 2);
        seenBy = Arrays.copyOf(seenBy, keys.length / 2);
    }
}
