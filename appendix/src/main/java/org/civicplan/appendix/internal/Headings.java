package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.appendix.Field;
import org.civicplan.core.Lang;
import org.civicplan.core.text.VietnameseText;

/**
 * Recognises a column heading: folded (no diacritics, case), punctuation as spaces, then the
 * longest heading variant of any {@link Field} it contains as whole words. Text longer than a
 * heading (a title, a paragraph) or without a letter (an STT, a date) matches nothing.
 */
final class Headings {
    private static final int LONGEST_HEADING = 80;
    /** A memo keeps at most this many texts: memory does not grow with the rows. */
    private static final int MEMO_SIZE = 1024;

    /**
     * Variants that head a column only alone: a bare "Tháng" is the month a task falls in, but "Tháng
     * 9", "Tháng 10" … are the month columns of a timetable, not a deadline column.
     */
    private static final java.util.Set<String> WHOLE_ONLY = java.util.Set.of("thang");

    private static final List<Variant> VARIANTS = variants();

    private Headings() {}

    /** A heading matched to a field; the longer the variant, the surer the match. */
    record Match(Field field, int score) {}

    /**
     * One variant: its field, its normalised text between spaces (whole words only match), and whether
     * it must be the whole heading.
     */
    private record Variant(Field field, String padded, int score, boolean whole) {}

    static Match match(String heading) {
        if (heading == null || heading.length() > LONGEST_HEADING || !hasLetter(heading)) {
            return null;
        }
        String norm = " " + normalise(heading) + " ";
        Match best = null;
        for (Variant v : VARIANTS) {
            if ((best == null || v.score() > best.score())
                    && (v.whole() ? norm.equals(v.padded()) : norm.contains(v.padded()))) {
                best = new Match(v.field(), v.score());
            }
        }
        return best;
    }

    /**
     * {@link #match} with a memo of the texts already matched, for one reading: appendix columns
     * repeat the same unit and deadline texts, and every data row is looked at in case a header
     * appears again. Keeps the first {@value #MEMO_SIZE} texts of at most a heading's length.
     */
    static final class Memo {
        /** No heading. */
        static final Match NONE = new Match(Field.NOTE, -1);

        private final Map<String, Match> seen = new HashMap<>();

        /**
         * What {@link #match} answers when that is known without reading the text (no letter, too
         * long, or met before): the match, or {@link #NONE} for none; null when the text must be read.
         */
        Match known(String heading) {
            if (heading == null || heading.length() > LONGEST_HEADING || !hasLetter(heading)) {
                return NONE;
            }
            return seen.get(heading);
        }

        /** Reads the text, and remembers it while there is room. */
        Match read(String heading) {
            Match m = Headings.match(heading);
            if (seen.size() < MEMO_SIZE) {
                seen.put(heading, m == null ? NONE : m);
            }
            return m;
        }

        Match match(String heading) {
            Match m = known(heading);
            if (m == null) {
                return read(heading);
            }
            return m == NONE ? null : m;
        }
    }

    /**
     * Folded, each run of characters that are neither letters nor digits ({@code
     * [^\p{L}\p{Nd}]+}) as one space, stripped.
     */
    static String normalise(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Every heading variant has a letter, so a text without one is no heading. */
    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            // beyond ASCII, folding could make a letter of what is not one: counted as a letter
            if (ch >= 0x80 || (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** The headings looked for, for the message when a file has none. */
    static String lookedFor(Lang lang) {
        List<String> names = new ArrayList<>();
        for (Field f : Field.values()) {
            List<String> vi = f.headings().subList(0, Math.max(1, f.headings().size() - 1));
            names.add(f.label(lang) + " (" + String.join(" / ", vi) + ")");
        }
        return String.join("; ", names);
    }

    private static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (Field f : Field.values()) {
            for (String h : f.headings()) {
                String norm = normalise(h);
                out.add(new Variant(f, " " + norm + " ", norm.length(), WHOLE_ONLY.contains(norm)));
            }
        }
        return List.copyOf(out);
    }
}
