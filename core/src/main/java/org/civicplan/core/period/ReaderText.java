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
    private static final Pattern NOISE = Pattern.compile("[,;:()\"“”'‘’!?]+|\\.(?=\\s|$)|(?<=\\s|^)\\.");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private ReaderText() {}

    /** The folded, normalised form of a phrase that every form is matched against. */
    static String key(String text) {
        String k = PeriodParser.key(text);
        if (k.indexOf(',') >= 0
                || k.indexOf(':') >= 0
                || k.indexOf('(') >= 0
                || k.indexOf('.') >= 0
                || k.indexOf(';') >= 0
                || k.indexOf('"') >= 0
                || k.indexOf('\u201C') >= 0) {
            k = NOISE.matcher(k).replaceAll(" ");
        }
        if (k.contains("thang")) {
            k = DMY_WORDS.matcher(k).replaceAll("$1/$2/$3");
            k = MY_WORDS.matcher(k).replaceAll("thang $1/$2");
            k = DM_WORDS.matcher(k).replaceAll("ngay $1/$2");
        }
        if (k.indexOf('.') >= 0 || k.indexOf('-') >= 0) {
            k = DMY_OTHER.matcher(k).replaceAll("$1/$2/$3");
            k = MONTH_DASH.matcher(k).replaceAll("$1 $2/$3");
            k = DM_DASH.matcher(k).replaceAll("$1 $2/$3");
        }
        if (k.contains("qui")) {
            k = QUI.matcher(k).replaceAll("quy");
        }
        return SPACES.matcher(k).replaceAll(" ").strip();
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
        return tail.replaceAll("[\\s.,;:)\"”]+$", "").replaceAll("^[,;:(\"“]+", "");
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
        return VietnameseText.fold(viaWords)
                        .replaceAll("[,;:]", "")
                        .replaceAll(" +", " ")
                        .equals(folded.strip())
                ? viaWords
                : folded;
    }
}
