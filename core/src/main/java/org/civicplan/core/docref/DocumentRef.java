package org.civicplan.core.docref;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Lang;

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

    /**
     * Parses a number and symbol as written in Vietnamese documents: {@code 07-CTr/TU}, {@code
     * 186/KH-UBND}, {@code 30/2020/NĐ-CP}, {@code 3013/VP-KGVX} (also {@code 3013/VP KGVX}), each
     * optionally followed by {@code ngày 26/7/2021} or {@code ngày 26 tháng 7 năm 2021}.
     *
     * @throws InvalidDocumentRefException naming the text and saying what is expected; never any
     *     other exception
     */
    public static DocumentRef parse(String text) {
        return DocumentRefFormat.parse(text);
    }

    /**
     * Reads a number and symbol in any form found in published documents, where {@link #parse}
     * accepts only the canonical ones: multi-part issuer codes ({@code 404/VPUBND-TCD-NC}), codes
     * with digits or lower case ({@code 474/UBND-VP7}, {@code 73/TTg-CN}), National Assembly laws
     * and resolutions ({@code 206/2025/QH15}), numbers with a letter ({@code 36a/NQ-CP}), spaces
     * around separators, a year joined by a hyphen, and a type code outside the standard table where
     * the structure says a type stands ({@code 07-XYZ/TU}), kept and flagged.
     *
     * @throws InvalidDocumentRefException naming the text and what was not understood; never any
     *     other exception
     */
    public static DocumentReading read(String text) {
        return DocumentNumberReader.read(text);
    }

    /** The same reference with its date of issue. */
    public DocumentRef withDate(LocalDate issued) {
        return new DocumentRef(number, year, typeCode, issuer, draftingUnit, scope, Optional.of(issued));
    }

    /** Canonical number and symbol, e.g. {@code 186/KH-UBND}; parses back to an equal value (without date). */
    public String symbol() {
        return DocumentRefFormat.symbol(this);
    }

    /** The document type named by {@link #typeCode()}, when it is one civicplan knows. */
    public Optional<DocumentType> type() {
        return typeCode.flatMap(DocumentType::fromCode);
    }

    /**
     * The reference as a phrase for running text: {@code Kế hoạch số 186/KH-UBND ngày 26/07/2021}
     * (vi), {@code Plan No. 186/KH-UBND of 26/07/2021} (en); official letters read "Công văn số" /
     * "Official letter No.".
     */
    public String describe(Lang lang) {
        return DocumentRefFormat.describe(this, lang);
    }

    @Override
    public String toString() {
        return symbol();
    }
}
