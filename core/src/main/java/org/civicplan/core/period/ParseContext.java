package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a reader of a deadline phrase knows besides the phrase: the date of the document it comes
 * from, or a date the caller chooses. It fills in a year the phrase leaves out ("trước ngày 15/10")
 * and, when it is the document's own date, resolves "kể từ ngày ký" (from the date of signing).
 *
 * @param reference the date years are taken from, if any
 * @param documentDate true when {@code reference} is the date the document was signed
 */
public record ParseContext(Optional<LocalDate> reference, boolean documentDate) {
    private static final ParseContext NONE = new ParseContext(Optional.empty(), false);

    public ParseContext {
        requireNonNull(reference, "reference is null");
        if (reference.isEmpty() && documentDate) {
            throw new IllegalArgumentException("a document date needs a date");
        }
    }

    /** Nothing known: a phrase without a year is refused. */
    public static ParseContext none() {
        return NONE;
    }

    /** The date the document was signed ("ngày ký"). */
    public static ParseContext documentDated(LocalDate date) {
        return new ParseContext(Optional.of(requireNonNull(date, "date is null")), true);
    }

    /** A date chosen by the caller (e.g. today) to take missing years from. */
    public static ParseContext referenceDate(LocalDate date) {
        return new ParseContext(Optional.of(requireNonNull(date, "date is null")), false);
    }
}
