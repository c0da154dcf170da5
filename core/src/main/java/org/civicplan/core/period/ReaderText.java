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

    private static final char DROP = '\uFFFF';
    private static final char SLOW = '\uFFFE';

    /**
     * What each character folds to, by {@link VietnameseText#fold} itself, for the blocks where
     * folding character by character equals folding the whole text (as that method's own fast path
     * holds): Latin, the combining marks, Latin Extended Additional, punctuation. Other characters
     * send the whole phrase down {@link #keyByFold}.
     */
    private static final char[] FOLD = foldTable();

    /**
     * What the first pass of {@link #key} makes of each character below the end of {@link #FOLD},
     * by {@link #keyChar} itself (built before {@link #NOISE}, so it asks {@link #isNoiseChar}): one look-up a character instead of its classification (white
     * space, dashes, slashes, noise, invisible characters) and its folding.
     */
    private static final char[] KEY_CHAR = keyCharTable();

    private ReaderText() {}

    private static char[] foldTable() {
        char[] table = new char[0x20D0];
        for (int c = 0; c < table.length; c++) {
            boolean covered = c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000;
            if (!covered || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                table[c] = c == ' ' ? ' ' : SLOW;
                continue;
            }
            String f = VietnameseText.fold(String.valueOf((char) c));
            table[c] = f.isEmpty() ? DROP : f.length() == 1 && f.charAt(0) < SLOW ? f.charAt(0) : SLOW;
        }
        return table;
    }

    private static char[] keyCharTable() {
        char[] table = new char[FOLD.length];
        for (int c = 0; c < table.length; c++) {
            table[c] = keyChar((char) c);
        }
        return table;
    }

    /**
     * What {@code c} contributes to the first pass of {@link #key}: {@link #DROP} for nothing (an
     * invisible or control character, or one folding drops), {@link #SLOW} for a character whose
     * folding is not one Latin-1 character (the whole phrase then goes the general way), else the
     * folded character (a plain space, '-' or '/' for the separators, a space for noise).
     */
    static char keyChar(char c) {
        char p;
        if (c < 0x80) {
            if (c > ' ' && c != 0x7F) {
                p = isNoiseChar(c) ? ' ' : c;
            } else if (c == ' ' || Character.isWhitespace(c)) {
                p = ' ';
            } else {
                return DROP;
            }
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            p = ' ';
        } else if ((c >= '\u2010' && c <= '\u2015')
                || c == '\u2212'
                || c == '\uFE58'
                || c == '\uFE63'
                || c == '\uFF0D') {
            p = '-';
        } else if (c == '\u2044' || c == '\u2215' || c == '\uFF0F') {
            p = '/';
        } else if (isNoiseChar(c)) {
            p = ' ';
        } else if (Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)) {
            p = c;
        } else {
            return DROP;
        }
        char f = p < FOLD.length ? FOLD[p] : SLOW;
        return f == DROP ? DROP : f > 0xFF ? SLOW : f;
    }

    /** Longest phrase whose key is written in the thread's scratch buffer rather than a new one. */
    private static final int SCRATCH_LENGTH = 256;

    /**
     * The thread's buffer for {@link #key}: only read between its filling and the key's string and
     * markers, where nothing calls {@link #key} again.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[SCRATCH_LENGTH]);

    /**
     * The folded, normalised form of a phrase that every form is matched against. By hand, in one pass
     * (every kind of space a plain space, typographic dashes and slashes plain, invisible characters
     * and punctuation between words dropped; then no spaces around '/' or '-' and single spaces), and
     * the rarer rewrites only when their marker is present, because this runs on every phrase.
     */
    static String key(String text) {
        int n = text.length();
        // one pass: each character made plain and folded by the table (the key is Latin-1: any character
        // beyond it sends the phrase the general way), then placed by what follows it, so a character
        // waits in `pending` until the next one kept is known: no spaces at the ends, around '/' or '-'
        // or in runs; a '.' ending a word is a space. What {@link #keyTwoPasses} does in two passes.
        byte[] b = n <= SCRATCH_LENGTH ? SCRATCH.get() : new byte[n];
        int size = 0;
        int pending = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = c < KEY_CHAR.length ? KEY_CHAR[c] : keyChar(c);
            if (f == DROP) {
                continue;
            }
            if (f > 0xFF) {
                return keyByFold(text);
            }
            if (pending >= 0) {
                size = place(b, size, pending, f);
            }
            pending = f;
        }
        if (pending >= 0) {
            size = place(b, size, pending, -1);
        }
        while (size > 0 && b[size - 1] == ' ') {
            size--;
        }
        return rewrite(new String(b, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1), markers(b, size));
    }

    /**
     * Writes {@code c} at {@code b[size]} as the second pass of {@link #keyTwoPasses} does, {@code next}
     * being the character kept after it (-1 at the end); the new size.
     */
    private static int place(byte[] b, int size, int c, int next) {
        if (c == '.' && (next < 0 || next == ' ' || size == 0 || b[size - 1] == ' ')) {
            c = ' ';
        }
        if (c == ' ') {
            if (size == 0) {
                return 0;
            }
            byte last = b[size - 1];
            if (last == '/' || last == '-' || last == ' ' || next == '/' || next == '-') {
                return size;
            }
        } else if ((c == '/' || c == '-') && size > 0 && b[size - 1] == ' ') {
            size--;
        }
        b[size] = (byte) c;
        return size + 1;
    }

    /** {@link #key} as first written: the whole phrase folded into an array, then a second pass over it. */
    static String keyTwoPasses(String text) {
        int n = text.length();
        byte[] folded = new byte[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = c < KEY_CHAR.length ? KEY_CHAR[c] : keyChar(c);
            if (f == DROP) {
                continue;
            }
            if (f > 0xFF) {
                return keyByFold(text);
            }
            folded[length++] = (byte) f;
        }
        // It writes into the same array: it never writes ahead of what it reads (size <= i), and looks
        // ahead only at folded[i + 1], which it has not yet written.
        byte[] b = folded;
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = (char) (folded[i] & 0xFF);
            if (c == '.' && (i + 1 == length || folded[i + 1] == ' ' || size == 0 || b[size - 1] == ' ')) {
                c = ' ';
            }
            if (c == ' ') {
                int last = size - 1;
                boolean afterSeparator = last >= 0 && (b[last] == '/' || b[last] == '-' || b[last] == ' ');
                boolean beforeSeparator = i + 1 < length && (folded[i + 1] == '/' || folded[i + 1] == '-');
                if (last < 0 || afterSeparator || beforeSeparator) {
                    continue;
                }
            } else if ((c == '/' || c == '-') && size > 0 && b[size - 1] == ' ') {
                size--;
            }
            b[size++] = (byte) c;
        }
        while (size > 0 && b[size - 1] == ' ') {
            size--;
        }
        return rewrite(new String(b, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Markers of {@link #markers}: what each rewrite of {@link #rewrite} looks for before it applies. */
    static final int THANG = 1;

    static final int DOT = 2;
    static final int DASH = 4;
    static final int NAM_NAM = 8;
    static final int GLUED_DIGIT = 16;
    static final int QUI_MARK = 32;
    static final int ALL_MARKERS = THANG | DOT | DASH | NAM_NAM | GLUED_DIGIT | QUI_MARK;

    /**
     * In one scan of the key {@code b[0..size)}, which of the markers {@link #rewrite} looks for it has:
     * "thang ", '.', '-', "nam nam ", a digit right after 'y', 'g' or 'm' (from position 3 on, as
     * {@link #hasGlued} looks) and "qui".
     */
    static int markers(byte[] b, int size) {
        int found = 0;
        for (int j = 0; j < size; j++) {
            byte c = b[j];
            if (c == ' ') {
                if (j >= 5
                        && b[j - 1] == 'g'
                        && b[j - 2] == 'n'
                        && b[j - 3] == 'a'
                        && b[j - 4] == 'h'
                        && b[j - 5] == 't') {
                    found |= THANG;
                } else if (j >= 7
                        && b[j - 1] == 'm'
                        && b[j - 2] == 'a'
                        && b[j - 3] == 'n'
                        && b[j - 4] == ' '
                        && b[j - 5] == 'm'
                        && b[j - 6] == 'a'
                        && b[j - 7] == 'n') {
                    found |= NAM_NAM;
                }
            } else if (c >= '0' && c <= '9') {
                if (j >= 3) {
                    byte p = b[j - 1];
                    if (p == 'y' || p == 'g' || p == 'm') {
                        found |= GLUED_DIGIT;
                    }
                }
            } else if (c == '.') {
                found |= DOT;
            } else if (c == '-') {
                found |= DASH;
            } else if (c == 'i' && j >= 2 && b[j - 1] == 'u' && b[j - 2] == 'q') {
                found |= QUI_MARK;
            }
        }
        return found;
    }

    /**
     * {@link #rewrite(String)} given the {@link #markers} of {@code k}: a key with none is left as it
     * is, and each look is spared while the key is still {@code k} and its marker says no.
     */
    static String rewrite(String k, int markers) {
        if (markers == 0) {
            return k;
        }
        String original = k;
        if ((markers & THANG) != 0) {
            k = wordDates(k);
        }
        int dot;
        int dash;
        if (k == original) {
            dot = (markers & DOT) != 0 ? k.indexOf('.') : -1;
            dash = (markers & DASH) != 0 ? k.indexOf('-') : -1;
        } else {
            dot = k.indexOf('.');
            dash = k.indexOf('-');
        }
        if (dot >= 0 || dash >= 0) {
            k = separated(k, dot, dash);
        }
        if ((k != original || (markers & NAM_NAM) != 0) && k.contains("nam nam ")) {
            // "6 tháng đầu năm năm 2016": the word doubled across a line break
            k = k.replace("nam nam ", "nam ");
        }
        if ((k != original || (markers & GLUED_DIGIT) != 0) && hasGlued(k)) {
            k = GLUED.matcher(k).replaceAll("$1 $2");
        }
        if ((k != original || (markers & QUI_MARK) != 0) && k.contains("qui")) {
            k = QUI.matcher(k).replaceAll("quy");
        }
        return k;
    }

    /** {@link #key}, the general way: for text with characters outside {@link #FOLD}. */
    static String keyByFold(String text) {
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
        return rewrite(b.toString());
    }

    /** The rarer rewrites, each only when its marker is present, on the plain folded key. */
    static String rewrite(String k) {
        if (k.contains("thang ")) {
            k = wordDates(k);
        }
        int dot = k.indexOf('.');
        int dash = k.indexOf('-');
        if (dot >= 0 || dash >= 0) {
            k = separated(k, dot, dash);
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

    /** The rewrites of dates with '.' or '-' ({@code dot} and {@code dash} their first places in {@code k}). */
    private static String separated(String k, int dot, int dash) {
        if (((dot >= 0 && k.indexOf('.', dot + 1) > 0) || (dash >= 0 && k.indexOf('-', dash + 1) > 0))
                && hasNumbersAround(k, 1, 2, 1, 2, true, null)) {
            k = DMY_OTHER.matcher(k).replaceAll("$1/$2/$3");
        }
        if (dash >= 0 && hasNumbersAround(k, 0, 4, 4, 4, false, MONTH_WORDS)) {
            k = MONTH_DASH.matcher(k).replaceAll("$1 $2/$3");
        }
        if (hasNumbersAround(k, 1, 2, 1, 2, true, DAY_WORDS)) {
            k = DM_DASH.matcher(k).replaceAll("$1 $2/$3");
        }
        return k;
    }

    /** {@link #rewrite} with every pattern tried on every key: what the looks before them must not change. */
    static String rewriteByPatterns(String k) {
        k = wordDatesByPatterns(k);
        k = DMY_OTHER.matcher(k).replaceAll("$1/$2/$3");
        k = MONTH_DASH.matcher(k).replaceAll("$1 $2/$3");
        k = DM_DASH.matcher(k).replaceAll("$1 $2/$3");
        k = k.replace("nam nam ", "nam ");
        k = GLUED.matcher(k).replaceAll("$1 $2");
        return QUI.matcher(k).replaceAll("quy");
    }

    /**
     * Whether some '-' (or '.', when {@code dots}) has a run of {@code before0}–{@code before1}
     * letters and digits before it (digits only when {@code before0} is not 0, else digits or the
     * letters of a Roman numeral), right after one of {@code wordsBefore} (when given), and {@code
     * after0}–{@code after1} digits after it: what {@link
     * #DMY_OTHER}, {@link #MONTH_DASH} and {@link #DM_DASH} each need around a separator before they
     * can match, looked for without a matcher.
     */
    static boolean hasNumbersAround(
            String k, int before0, int before1, int after0, int after1, boolean dots, String[] wordsBefore) {
        int n = k.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = k.charAt(i);
            if (c != '-' && (c != '.' || !dots)) {
                continue;
            }
            int b = i;
            while (b > 0 && (before0 > 0 ? isDigit(k.charAt(b - 1)) : isNumeral(k.charAt(b - 1)))) {
                b--;
            }
            int a = i + 1;
            while (a < n && isDigit(k.charAt(a))) {
                a++;
            }
            int before = i - b;
            int after = a - i - 1;
            if (before >= Math.max(before0, 1)
                    && before <= before1
                    && after >= after0
                    && after <= after1
                    && (wordsBefore == null || endsInWord(k, b, wordsBefore))) {
                return true;
            }
        }
        return false;
    }

    /** The words {@link #MONTH_DASH} and {@link #DM_DASH} need, with their space, before the number. */
    private static final String[] MONTH_WORDS = {"thang ", "quy "};

    private static final String[] DAY_WORDS = {"ngay ", "truoc ", "den ", "het "};

    private static boolean endsInWord(String k, int at, String[] words) {
        for (String w : words) {
            if (at >= w.length() && k.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(char c) {
        return isDigit(c) || c == 'i' || c == 'v' || c == 'x';
    }

    /**
     * Dates written in words, by hand since most phrases have one: "15 thang 3 nam 2022" becomes
     * "15/3/2022", "thang 3 nam 2022" "thang 3/2022", "ngay 15 thang 3" "ngay 15/3". The same as
     * the patterns {@link #DMY_WORDS}, then {@link #MY_WORDS}, then {@link #DM_WORDS} (which
     * {@code ReaderTextTest} holds it to), without their matchers.
     */
    static String wordDates(String k) {
        StringBuilder out = null;
        int copied = 0;
        int n = k.length();
        for (int at = k.indexOf("thang "); at >= 0; at = k.indexOf("thang ", at + 1)) {
            if (at < copied || (at > 0 && isWord(k.charAt(at - 1)))) {
                continue;
            }
            int m0 = at + 6;
            int m1 = digitsEnd(k, m0, 2);
            if (m1 < 0) {
                continue;
            }
            // the day before: "D thang", D of one or two digits starting a word
            int d1 = at - 1;
            int d0 = d1;
            while (d0 > 0 && d1 - d0 < 2 && isDigit(k.charAt(d0 - 1))) {
                d0--;
            }
            boolean day = d1 > copied && d0 < d1 && k.charAt(d1) == ' ' && (d0 == 0 || !isWord(k.charAt(d0 - 1)));
            if (k.startsWith(" nam ", m1)) {
                int y0 = m1 + 5;
                int y1 = digitsEnd(k, y0, 9);
                if (y1 > 0) {
                    out = out != null ? out : new StringBuilder(k.length());
                    if (day && d0 >= copied) {
                        out.append(k, copied, d0).append(k, d0, d1).append('/');
                    } else {
                        out.append(k, copied, at).append("thang ");
                    }
                    out.append(k, m0, m1).append('/').append(k, y0, y1);
                    copied = y1;
                    continue;
                }
            }
            boolean end = m1 == n || !isWord(k.charAt(m1));
            if (end
                    && day
                    && d0 >= 5 + copied
                    && k.startsWith("ngay ", d0 - 5)
                    && (d0 == 5 || !isWord(k.charAt(d0 - 6)))) {
                out = out != null ? out : new StringBuilder(k.length());
                out.append(k, copied, d1).append('/').append(k, m0, m1);
                copied = m1;
            }
        }
        if (out == null) {
            return k;
        }
        return out.append(k, copied, n).toString();
    }

    /** The end of a run of 1 to {@code max} digits from {@code from} that ends a word, or -1. */
    private static int digitsEnd(String k, int from, int max) {
        int i = from;
        while (i < k.length() && isDigit(k.charAt(i))) {
            i++;
        }
        if (i == from || i - from > max || (i < k.length() && isWord(k.charAt(i)))) {
            return -1;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A word character as {@code \\b} in a pattern sees it. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The three word-date rewrites with their patterns, as {@link #wordDates} must do them. */
    static String wordDatesByPatterns(String k) {
        if (k.contains(" nam ")) {
            k = DMY_WORDS.matcher(k).replaceAll("$1/$2/$3");
            k = MY_WORDS.matcher(k).replaceAll("thang $1/$2");
        }
        if (k.contains("ngay ")) {
            k = DM_WORDS.matcher(k).replaceAll("ngay $1/$2");
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

    /** {@link #isNoise} of each ASCII character. */
    private static final boolean[] NOISE = noiseTable();

    private static boolean[] noiseTable() {
        boolean[] table = new boolean[0x80];
        for (char c = 0; c < 0x80; c++) {
            table[c] = isNoiseChar(c);
        }
        return table;
    }

    private static boolean isNoise(char c) {
        return c < 0x80 ? NOISE[c] : isNoiseChar(c);
    }

    private static boolean isNoiseChar(char c) {
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
        String clean = VietnameseText.clean(text);
        // the cleaned text's words are single-spaced: the tail starts after the wordIndex-th space
        int from = 0;
        for (int w = 0; w < wordIndex; w++) {
            int space = clean.indexOf(' ', from);
            if (space < 0) {
                return "";
            }
            from = space + 1;
        }
        String tail = clean.substring(from);
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // a line terminator the patterns' '$' may stop before: they say what is dropped
                return wordsFromByPatterns(text, wordIndex);
            }
        }
        int end = tail.length();
        while (end > 0 && isTrailing(tail.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isLeading(tail.charAt(start))) {
            start++;
        }
        return tail.substring(start, end);
    }

    /** What {@link #TRAILING} drops at the end. */
    private static boolean isTrailing(char c) {
        return switch (c) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r', '.', ',', ';', ':', ')', '"', '\u201D' -> true;
            default -> false;
        };
    }

    /** What {@link #LEADING} drops at the start. */
    private static boolean isLeading(char c) {
        return switch (c) {
            case ',', ';', ':', '(', '"', '\u201C' -> true;
            default -> false;
        };
    }

    /** {@link #wordsFrom} by splitting and the patterns. */
    static String wordsFromByPatterns(String text, int wordIndex) {
        String[] words = VietnameseText.clean(text).split(" ");
        if (wordIndex >= words.length) {
            return "";
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, wordIndex, words.length));
        return LEADING.matcher(TRAILING.matcher(tail).replaceAll("")).replaceAll("");
    }

    /** {@code part} without the punctuation and spaces around it. */
    static String trimmed(String part) {
        String s = part.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // a line terminator the patterns' '$' may stop before: they say what is dropped
                return trimmedByPatterns(part);
            }
        }
        int end = s.length();
        while (end > 0 && isTrailing(s.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isLeading(s.charAt(start))) {
            start++;
        }
        return s.substring(start, end).strip();
    }

    /** {@link #trimmed} by the patterns. */
    static String trimmedByPatterns(String part) {
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
        return originalAfter(text, key, m.start(group));
    }

    /** The words of the original from the word of the key at {@code start} on. */
    static String originalAfter(String text, String key, int start) {
        String viaWords = wordsFrom(text, wordsBefore(key, start));
        // if punctuation shifted the word count, fall back to the folded words rather than a wrong cut
        return refoldsTo(viaWords, key, start) ? viaWords : key.substring(start);
    }

    /** {@link #originalAfter} building the refolded words and the key's rest, as it first did. */
    static String originalAfterBuilt(String text, String key, int start) {
        int words = wordsBefore(key, start);
        String viaWords = wordsFrom(text, words);
        String folded = key.substring(start);
        return refolded(viaWords).equals(folded.strip()) ? viaWords : folded;
    }

    /**
     * Whether {@code refolded(words).equals(key.substring(from).strip())}, comparing each character
     * {@link #refolded} would keep with the key in place rather than building either string.
     */
    static boolean refoldsTo(String words, String key, int from) {
        int to = key.length();
        while (from < to && Character.isWhitespace(key.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(key.charAt(to - 1))) {
            to--;
        }
        String f = VietnameseText.fold(words);
        int at = from;
        char last = 0;
        boolean any = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == ';' || c == ':' || (c == ' ' && any && last == ' ')) {
                continue;
            }
            if (at >= to || key.charAt(at) != c) {
                return false;
            }
            at++;
            last = c;
            any = true;
        }
        return at == to;
    }

    /** {@code words} folded, without {@code ,;:}, runs of spaces made one: as the key has them. */
    static String refolded(String words) {
        String f = VietnameseText.fold(words);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == ';' || c == ':' || (c == ' ' && b.length() > 0 && b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** {@link #refolded} by the patterns. */
    static String refoldedByPatterns(String words) {
        return RUNS.matcher(PUNCTUATION.matcher(VietnameseText.fold(words)).replaceAll(""))
                .replaceAll(" ");
    }
}
