package org.civicplan.appendix.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.appendix.DeadlineText;
import org.civicplan.appendix.UnitMention;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.unit.UnitResolver;

/**
 * The readers the appendix reader hands cell texts to. {@link #standard} is the one place that
 * chooses them: {@link PeriodReader#period} for deadlines, {@link
 * DocumentRef#read} for document numbers as officials write them, and core's {@link UnitResolver}
 * for units (names as written, lists, collectives, ambiguity); a better reader plugs in here and nowhere else.
 */
public record CellReaders(DeadlineReader deadlines, DocumentRefReader documents, UnitNameReader units) {
    /** A number, optional "/year", then the symbol: "186/KH-UBND", "07-CTr/TU", "30/2020/NĐ-CP". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,6}[a-z]?(?:/\\d{4})?[/-]\\p{Lu}[\\p{L}&.]*(?:[/-]\\p{Lu}[\\p{L}\\d&.]*)*");

    public CellReaders {
        requireNonNull(deadlines, "deadlines is null");
        requireNonNull(documents, "documents is null");
        requireNonNull(units, "units is null");
    }

    /**
     * The standard readers, units resolved as written in a document of {@code context} when given;
     * for one reading: each distinct cell text is read once (see {@link TextMemo}).
     */
    public static CellReaders standard(UnitResolver units, Optional<UnitCode> context) {
        TextMemo<DeadlineText> deadlines = new TextMemo<>(CellReaders::deadline);
        TextMemo<List<DocumentRef>> documents = new TextMemo<>(CellReaders::documentNumbers);
        TextMemo<List<UnitMention>> unitNames = new TextMemo<>(new ResolverUnits(units, context)::read);
        return new CellReaders(
                deadlines::get, text -> mayHoldNumbers(text) ? documents.get(text) : List.of(), unitNames::get);
    }

    /**
     * The deadline through {@link PeriodReader#period}, the one entry point for a period as written
     * (canonical forms, lead words, ranges, other separators); an anchored or recurring deadline is
     * not one period, so it stays unread with the reader's reason, never guessed.
     */
    private static DeadlineText deadline(String text) {
        try {
            return DeadlineText.read(text, PeriodReader.period(text));
        } catch (CivicPlanException whole) {
            // a second line is often a remark ("Quý II/2022\n(trình HĐND)"): try the first alone
            int newline = text.indexOf('\n');
            if (newline > 0) {
                try {
                    return DeadlineText.read(text, PeriodReader.period(text.substring(0, newline)));
                } catch (CivicPlanException firstLine) {
                    // fall through to the whole text's reason
                }
            }
            return DeadlineText.unread(text, whole.text());
        } catch (RuntimeException e) {
            return DeadlineText.unread(
                    text,
                    Message.of(
                            "không đọc được thời hạn \"" + text + "\" (" + e + ")",
                            "could not read the deadline \"" + text + "\" (" + e + ")"));
        }
    }

    /** Every number and symbol has a "/" or "-" after its digits: a text without either holds none. */
    private static boolean mayHoldNumbers(String text) {
        return text.indexOf('/') >= 0 || text.indexOf('-') >= 0;
    }

    private static List<DocumentRef> documentNumbers(String text) {
        if (!mayHoldNumbers(text)) {
            return List.of();
        }
        List<DocumentRef> found = new ArrayList<>();
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        while (m.find()) {
            try {
                found.add(DocumentRef.read(m.group()).ref());
            } catch (RuntimeException notANumber) {
                // text that only looks like a number and symbol ("1/3-Đợt") is not one
            }
        }
        return List.copyOf(found);
    }
}
