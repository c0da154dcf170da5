package org.civicplan.appendix;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * Limits that keep a hostile or broken file from exhausting memory or disk: the largest part of the
 * zip package once unpacked, the largest total, the smallest compression ratio (a "zip bomb"
 * packs gigabytes into kilobytes), and how many problems are kept for the summary (all are still
 * counted and told to the handler).
 *
 * @param maxEntryBytes largest unpacked part, in bytes
 * @param maxTotalBytes largest unpacked package, in bytes
 * @param minInflateRatio smallest compressed-to-unpacked ratio of a part over one megabyte
 * @param maxProblemsKept problems kept in the summary
 */
public record ReadLimits(long maxEntryBytes, long maxTotalBytes, double minInflateRatio, int maxProblemsKept) {
    /** 200 MB a part, 1 GB in all, ratio 1:100 (Apache POI's default), 10,000 problems. */
    public static final ReadLimits DEFAULT = new ReadLimits(200L << 20, 1L << 30, 0.01, 10_000);

    public ReadLimits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxProblemsKept < 0) {
            throw new InvalidInputException(Message.of(
                    "giới hạn đọc phải dương: " + maxEntryBytes + ", " + maxTotalBytes + ", " + maxProblemsKept,
                    "limits must be positive: " + maxEntryBytes + ", " + maxTotalBytes + ", " + maxProblemsKept));
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new InvalidInputException(Message.of(
                    "minInflateRatio phải trong [0, 1), không phải " + minInflateRatio,
                    "minInflateRatio must be in [0, 1), not " + minInflateRatio));
        }
    }
}
