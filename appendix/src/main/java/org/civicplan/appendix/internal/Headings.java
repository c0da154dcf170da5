package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civicplan.appendix.Field;
import org.civicplan.core.Lang;
import org.civicplan.core.text.VietnameseText;

/**
 * Recognises a column heading: folded (no diacritics, case), punctuation as spaces, then the
 * longest heading variant of any {@link Field} it contains as whole words. Text longer than a
 * heading (a title, a paragraph) matches nothing.
 */
final class Headings {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final int LONGEST_HEADING = 80;

    private static final List<String[]> VARIANTS = variants();

    private Headings() {}

    /** A heading matched to a field; the longer the variant, the surer the match. */
    record Match(Field field, int score) {}

    static Match match(String heading) {
        if (heading == null || heading.isBlank() || heading.length() > LONGEST_HEADING) {
            return null;
        }
        String norm = " " + normalise(heading) + " ";
        Match best = null;
        for (String[] v : VARIANTS) {
            if (norm.contains(" " + v[1] + " ") && (best == null || v[1].length() > best.score())) {
                best = new Match(Field.valueOf(v[0]), v[1].length());
            }
        }
        return best;
    }

    static String normalise(String text) {
        return NOT_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
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

    private static List<String[]> variants() {
        List<String[]> out = new ArrayList<>();
        for (Field f : Field.values()) {
            for (String h : f.headings()) {
                out.add(new String[] {f.name(), normalise(h)});
            }
        }
        return out;
    }
}
