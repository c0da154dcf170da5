package org.civicplan.core.period;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.text.VietnameseText;

/**
 * Tokenising and normalising for {@link PeriodReader}: the folded key the forms match on, with the
 * spellings of one date made alike ("31-12-2022", "31.12.2022", "ngày 31 tháng 12 năm 2022" all
 * become {@code 31/12/2022}; "quí" becomes "quy"), punctuation between words dropped, and the words
 * of the original phrase recovered for what is kept as written (an anchor, an event).
 */
final class ReaderText {
    private static final Pattern DMY_WORDS = Pattern.compile("\\b(\\d{1,2}) thang (\\d{1,2}) nam (\\d{1,9})\\b");
    private static final Pattern MY_WORDS = Pattern.compile("\\bthang (\\d{1,2}) nam (\\d{1,9})\\b");
    private static final Pattern DM_WORDS = Pattern.compile("\\bngay (\\d{1,2}) thang (\\d{1,2})\\b");
    private static final Pattern DMY_OTHER = Pattern.compile("(?<![\\d/])(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})(?!\\d)");
    private static final Pattern MONTH_DASH = Pattern.compile("\\b(thang|quy) ([0-9ivx]{1,4})-(\\d{4})\\b");
    private static final Pattern DM_DASH =
            Pattern.compile("\\b(ngay|truoc|den|het) (\\d{1,2})[.-](\\d{1,2})(?![\\d.-])");
    private static final Pattern QUI = Pattern.compile("\\bqui\\b");
    /** "ngày7/5/2019": a unit word run into its number. */
    private static final Pattern GLUED = Pattern.compile("\\b(ngay|thang|nam|quy)(\\d)");

    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:)\"”]+$");
    private static final Pattern LEADING = Pattern.compile("^[,;:(\"“]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:]");
    private static final Pattern RUNS = Pattern.compile(" +");

    private ReaderText() {}

    /**
     * The folded, normalised form of a phrase that every form is matched against. Two passes by hand
     * (every kind of space a plain space, typographic dashes and slashes plain, invisible characters
     * and punctuation between words dropped; then no spaces around '/' or '-' and single spaces), and
     * the rarer rewrites only when their marker is present, because this runs on every phrase.
     */
    static String key(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of every phrase: letters, digits and separators pass, the rest is a space
                if (c > ' ' && c != 0x7F) {
                    plain.append(isNoise(c) ? ' ' : c);
                } else if (c == ' ' || Character.isWhitespace(c)) {
                    plain.append(' ');
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                plain.append(' ');
            } else if ((c >= '\u2010' && c <= '\u2015')
                    || c == '\u2212'
                    || c == '\uFE58'
                    || c == '\uFE63'
                    || c == '\uFF0D') {
                plain.append('-');
            } else if (c == '\u2044' || c == '\u2215' || c == '\uFF0F') {
                plain.append('/');
            } else if (isNoise(c)) {
                plain.append(' ');
            } else if (Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)) {
                plain.append(c);
            }
        }
        String folded = VietnameseText.fold(plain.toString());
        StringBuilder b = new StringBuilder(folded.length());
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c == '.'
                    && (i + 1 == n
                            || folded.charAt(i + 1) == ' '
                            || b.length() == 0
                            || b.charAt(b.length() - 1) == ' ')) {
                c = ' ';
            }
            if (c == ' ') {
                int last = b.length() - 1;
                boolean afterSeparator =
                        last >= 0 && (b.charAt(last) == '/' || b.charAt(last) == '-' || b.charAt(last) == ' ');
                boolean beforeSeparator = i + 1 < n && (folded.charAt(i + 1) == '/' || folded.charAt(i + 1) == '-');
                if (last < 0 || afterSeparator || beforeSeparator) {
                    continue;
                }
            } else if ((c == '/' || c == '-') && b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                b.setLength(b.length() - 1);
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        String k = b.toString();
        if (k.contains("thang ")) {
            boolean year = k.contains(" nam ");
            if (year) {
                k = DMY_WORDS.matcher(k).replaceAll("$1/$2/$3");
                k = MY_WORDS.matcher(k).replaceAll("thang $1/$2");
            }
            if (k.contains("ngay ")) {
                k = DM_WORDS.matcher(k).replaceAll("ngay $1/$2");
            }
        }
        int dot = k.indexOf('.');
        int dash = k.indexOf('-');
        if (dot >= 0 || dash >= 0) {
            if ((dot >= 0 && k.indexOf('.', dot + 1) > 0) || (dash >= 0 && k.indexOf('-', dash + 1) > 0)) {
                k = DMY_OTHER.matcher(k).replaceAll("$1/$2/$3");
            }
            if (dash >= 0 && (k.contains("thang ") || k.contains("quy "))) {
                k = MONTH_DASH.matcher(k).replaceAll("$1 $2/$3");
            }
            if (k.indexOf('.') >= 0 || k.indexOf('-') >= 0) {
                k = DM_DASH.matcher(k).replaceAll("$1 $2/$3");
            }
        }
        if (k.contains("nam nam ")) {
            // "6 tháng đầu năm năm 2016": the word doubled across a line break
            k = k.replace("nam nam ", "nam ");
        }
        if (hasGlued(k)) {
            k = GLUED.matcher(k).replaceAll("$1 $2");
        }
        if (k.contains("qui")) {
            k = QUI.matcher(k).replaceAll("quy");
        }
        return k;
    }

    /** Whether a unit word is followed straight by a digit ("ngày7/5"), checked without a pattern. */
    private static boolean hasGlued(String k) {
        for (int i = 3; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c >= '0' && c <= '9') {
                char p = k.charAt(i - 1);
                if (p == 'y' || p == 'g' || p == 'm') {
                    return GLUED.matcher(k).find();
                }
            }
        }
        return false;
    }

    private static boolean isNoise(char c) {
        return switch (c) {
            case ',', ';', ':', '(', ')', '"', '\'', '!', '?', '\u201C', '\u201D', '\u2018', '\u2019' -> true;
            default -> false;
        };
    }

    /**
     * The words of {@code text} from the one at position {@code wordIndex} on, as written (NFC,
     * spaces collapsed, trailing punctuation dropped); the key keeps the phrase's word count for the
     * words this is used on (anchors and events, which have no dates to merge).
     */
    static String wordsFrom(String text, int wordIndex) {
        String[] words = VietnameseText.clean(text).split(" ");
        if (wordIndex >= words.length) {
            return "";
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, wordIndex, words.length));
        return LEADING.matcher(TRAILING.matcher(tail).replaceAll("")).replaceAll("");
    }

    /** {@code part} without the punctuation and spaces around it. */
    static String trimmed(String part) {
        return LEADING.matcher(TRAILING.matcher(part.strip()).replaceAll(""))
                .replaceAll("")
                .strip();
    }

    /** How many words of {@code key} come before position {@code index}. */
    static int wordsBefore(String key, int index) {
        int n = 0;
        for (int i = 0; i < index && i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The words of the original after the last word of the key's {@code marker} (found in the key). */
    static String originalAfter(String text, String key, Matcher m, int group) {
        int words = wordsBefore(key, m.start(group));
        String viaWords = wordsFrom(text, words);
        String folded = key.substring(m.start(group));
        // if punctuation shifted the word count, fall back to the folded words rather than a wrong cut
        String refolded = RUNS.matcher(
                        PUNCTUATION.matcher(VietnameseText.fold(viaWords)).replaceAll(""))
                .replaceAll(" ");
        return refolded.equals(folded.strip()) ? viaWords : folded;
    }
}
