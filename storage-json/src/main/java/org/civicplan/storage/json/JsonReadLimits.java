package org.civicplan.storage.json;

/**
 * Limits that protect a reader from hostile or broken files. A file over a limit is refused with
 * a {@link JsonImportException} naming the file, the place and the limit.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays (the format needs about 8)
 * @param maxStringLength longest string value, in characters
 * @param maxDocumentLength largest document, in bytes (measurement streams are not limited: they
 *     are read one value at a time)
 * @param maxProblems how many problems are collected before reading stops
 */
public record JsonReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxProblems) {
    public static final JsonReadLimits DEFAULT = new JsonReadLimits(64, 1_000_000, 512L * 1024 * 1024, 50);

    public JsonReadLimits {
        if (maxNestingDepth < 8 || maxStringLength < 64 || maxDocumentLength < 1024 || maxProblems < 1) {
            throw new IllegalArgumentException("read limits too small to read any civicplan file");
        }
    }

    public JsonReadLimits withMaxNestingDepth(int value) {
        return new JsonReadLimits(value, maxStringLength, maxDocumentLength, maxProblems);
    }

    public JsonReadLimits withMaxStringLength(int value) {
        return new JsonReadLimits(maxNestingDepth, value, maxDocumentLength, maxProblems);
    }

    public JsonReadLimits withMaxDocumentLength(long value) {
        return new JsonReadLimits(maxNestingDepth, maxStringLength, value, maxProblems);
    }

    public JsonReadLimits withMaxProblems(int value) {
        return new JsonReadLimits(maxNestingDepth, maxStringLength, maxDocumentLength, value);
    }
}
