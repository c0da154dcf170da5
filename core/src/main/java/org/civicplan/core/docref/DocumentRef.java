package org.civicplan.core.docref;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The number and symbol of an issued document ("số, ký hiệu"), e.g. {@code 07-CTr/TU} (party
 * program of the city Party Committee), {@code 186/KH-UBND} (plan of the People's Committee),
 * {@code 3013/VP-KGVX} (official letter of the office, drafted by its culture-education-social
 * division), {@code 30/2020/NĐ-CP} (legal document with year).
 *
 * @param number the running number as written, leading zeros kept ("07")
 * @param year the year written into the symbol of legal documents ("30/2020/NĐ-CP"), else empty
 * @param typeCode the document type abbreviation ("KH", "CTr", "QĐ"), empty for official letters
 * @param issuer the issuing body's abbreviation ("UBND", "TU", "VP")
 * @param draftingUnit the drafting unit's abbreviation for official letters ("KGVX"), else empty
 * @param scope how the number is counted: party documents per term, state documents per year
 * @param date the date of issue, when known
 */
public record DocumentRef(
        String number,
        Optional<Integer> year,
        Optional<String> typeCode,
        String issuer,
        Optional<String> draftingUnit,
        NumberingScope scope,
        Optional<LocalDate> date) {
    public DocumentRef {
        requireNonNull(number, "number is null");
        requireNonNull(year, "year is null");
        requireNonNull(typeCode, "typeCode is null");
        requireNonNull(issuer, "issuer is null");
        requireNonNull(draftingUnit, "draftingUnit is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(date, "date is null");
    }

    /** Parses a number and symbol; throws {@code InvalidDocumentRefException} naming the text. */
    public static DocumentRef parse(String text) {
        return DocumentRefFormat.parse(text);
    }

    /** The same reference with its date of issue. */
    public DocumentRef withDate(LocalDate issued) {
        return new DocumentRef(number, year, typeCode, issuer, draftingUnit, scope, Optional.of(issued));
    }

    /** Canonical number and symbol, e.g. {@code 186/KH-UBND}; parses back to an equal value (without date). */
    public String symbol() {
        return DocumentRefFormat.symbol(this);
    }

    @Override
    public String toString() {
        return symbol();
    }
}
