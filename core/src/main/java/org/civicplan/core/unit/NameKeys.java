package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.core.text.VietnameseText;

/**
 * The comparable form of a unit name: folded (no case, no diacritics, so old and new tone-mark
 * placement "Uỷ"/"Ủy", "hoà"/"hòa" are one), common abbreviations spelled out ("UBND", "HĐND",
 * "TP", "MTTQ", "T.Ư"), abbreviations of a name's own words reduced to their letters ("KH&ĐT",
 * "KH-ĐT", "KHĐT" all become {@code khdt}), and the connectors "và", "&", "-" and commas dropped, so
 * "Quy hoạch - Kiến trúc" and "Quy hoạch và Kiến trúc" compare equal.
 */
final class NameKeys {
    /** Abbreviations of words that are not a unit's own name. */
    private static final Map<String, String> EXPANSIONS = new HashMap<>(Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("tp", "thanh pho"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("bql", "ban quan ly"),
            Map.entry("bcd", "ban chi dao"),
            Map.entry("tncs", "thanh nien cong san"),
            Map.entry("tw", "trung uong"),
            Map.entry("ktck", "kinh te cua khau"),
            Map.entry("vp", "van phong")));

    static final Set<String> CONNECTORS = Set.of(",", ":", ";", "-", "va");

    private static final Pattern CENTRAL = Pattern.compile("(?<![\\p{L}\\d])T\\.?[ƯW](?![\\p{L}\\d])");

    private NameKeys() {}

    /** The folded words of {@code text} with its separators ({@code , : ; -}) as tokens of their own. */
    static List<String> words(String text) {
        return words(text, hasLower(text));
    }

    /**
     * As {@link #words(String)}, with {@code mixedCase} saying whether the text this comes from is
     * written in mixed case (a list's member "KH&ĐT" is an abbreviation because the list is).
     */
    static List<String> words(String text, boolean mixedCase) {
        return tokens(folded(text, mixedCase));
    }

    /** The text cleaned, abbreviations spelled out, and folded: what {@link #tokens} splits. */
    private static String folded(String text, boolean mixedCase) {
        String clean = dashes(clean(text));
        if (mixedCase && (clean.contains("T.") || clean.contains("TƯ") || clean.contains("TW"))) {
            // in capitals "TƯ" may be the word "TƯ" (BỘ TƯ PHÁP); in running text it is "Trung ương"
            clean = CENTRAL.matcher(clean).replaceAll("TW");
        }
        String spelled = hasAcronym(clean) ? spellOut(clean, mixedCase) : clean;
        return VietnameseText.fold(spelled);
    }

    /**
     * Abbreviations (two or more capitals, joined by "&" or "-" at most) replaced by their letters
     * or spelled out; in text all in capitals only the known expansions apply.
     */
    private static String spellOut(String clean, boolean mixedCase) {
        TextParts out = new TextParts(clean.length() + 16);
        return spell(clean, mixedCase, out) ? out.text.toString() : clean;
    }

    /**
     * The one scan of {@link #spellOut} and {@link #spelledOutKey}: {@code clean} given to {@code out}
     * part by part, each abbreviation replaced by its expansion or its folded capitals between spaces.
     * Whether any was replaced.
     */
    private static boolean spell(String clean, boolean mixedCase, Parts out) {
        boolean replaced = false;
        int n = clean.length();
        int last = 0;
        int i = 0;
        while (i < n) {
            boolean atStart = i == 0 || !isLetterOrDigit(clean.charAt(i - 1));
            if (!atStart || !isUpperCase(clean.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int letters = 0;
            while (end < n) {
                char c = clean.charAt(end);
                if (isUpperCase(c)) {
                    letters++;
                    end++;
                } else if ((c == '&' || c == '-') && end + 1 < n && isUpperCase(clean.charAt(end + 1)) && end > i) {
                    end++;
                } else {
                    break;
                }
            }
            boolean wordEnds = end == n || !isLetterOrDigit(clean.charAt(end));
            if (wordEnds && letters >= 2) {
                String folded = foldedCapitals(clean, i, end, letters);
                String expanded = EXPANSIONS.get(folded);
                if (mixedCase || expanded != null) {
                    String part = expanded != null ? expanded : folded;
                    out.add(clean, last, i);
                    out.add(' ');
                    out.add(part, 0, part.length());
                    out.add(' ');
                    last = end;
                    replaced = true;
                }
            }
            i = Math.max(end, i + 1);
        }
        out.add(clean, last, n);
        return replaced;
    }

    /** Where {@link #spell} gives the text's parts: the spelled-out text, or its key straight away. */
    private interface Parts {
        void add(String s, int from, int to);

        void add(char c);
    }

    /** The spelled-out text itself. */
    private static final class TextParts implements Parts {
        final StringBuilder text;

        TextParts(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void add(String s, int from, int to) {
            text.append(s, from, to);
        }

        @Override
        public void add(char c) {
            text.append(c);
        }
    }

    /**
     * The capitals of {@code clean[from..to)} without their '&amp;' and '-', folded: by the table,
     * character by character (as {@link #tableKey} folds), when each is a letter the table folds to
     * one character; else by {@link VietnameseText#fold} of the capitals.
     */
    private static String foldedCapitals(String clean, int from, int to, int letters) {
        char[] folded = new char[letters];
        int size = 0;
        for (int k = from; k < to; k++) {
            char c = clean.charAt(k);
            if (c == '&' || c == '-') {
                continue;
            }
            char f = c < TABLE_END ? FOLD[c] : SLOW;
            if (f == SLOW || f == DROP || f == ' ') {
                StringBuilder capitals = new StringBuilder(letters);
                for (int j = from; j < to; j++) {
                    char d = clean.charAt(j);
                    if (d != '&' && d != '-') {
                        capitals.append(d);
                    }
                }
                return VietnameseText.fold(capitals.toString());
            }
            folded[size++] = f;
        }
        return new String(folded, 0, size);
    }

    private static boolean isUpperCase(char c) {
        return c < TABLE_END ? UPPER[c] : Character.isUpperCase(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return c < TABLE_END ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** Words of folded text: runs of letters and digits, and the separators; "&" is "và". */
    private static List<String> tokens(String folded) {
        List<String> words = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(folded.charAt(i))) {
                    i++;
                }
                String w = folded.substring(start, i);
                words.add(w.equals("qui") ? "quy" : w);
                continue;
            }
            if (c == ',' || c == ':' || c == ';' || c == '-') {
                words.add(String.valueOf(c));
            } else if (c == '&') {
                words.add("va");
            }
            i++;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String dashes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                return text.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
            }
        }
        return text;
    }

    /**
     * {@link VietnameseText#clean}, without asking the normalizer about text that is NFC on its face:
     * every character below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF, the precomposed
     * Vietnamese letters) and single spaces only. No character of those ranges changes under NFC or
     * composes with its neighbour, since composing needs a combining mark (U+0300 and above).
     */
    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u0300' && (c < '\u1E00' || c >= '\u1F00'))
                    || (Character.isWhitespace(c)
                            && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))))) {
                return VietnameseText.clean(text);
            }
        }
        return text.strip();
    }

    static boolean hasLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two capitals in a row: the only way an abbreviation starts. */
    private static boolean hasAcronym(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The comparable key: {@link #words} without connectors, joined by single spaces. */
    static String key(String text) {
        return key(text, hasLower(text));
    }

    /**
     * {@code join(words(text, mixedCase))} in one scan of the folded text, without the list of
     * words: the runs of letters and digits other than "và" ("qui" read "quy"), joined by single
     * spaces; separators and "&amp;" are connectors, which the key leaves out.
     */
    static String key(String text, boolean mixedCase) {
        String fast = keyByTable(text, mixedCase);
        return fast != null ? fast : keyOf(folded(text, mixedCase));
    }

    private static final char DROP = '\uFFFF';
    private static final char SLOW = '\uFFFE';
    private static final int TABLE_END = 0x20D0;

    /**
     * What each character contributes to a key, by {@link VietnameseText#fold} itself: its folded
     * character, {@link #DROP} for one folding drops, a space for white space, {@link #SLOW} for a
     * character the table leaves to the general way: combining marks (cleaning composes them, which
     * changes what is a capital) and everything outside the Latin blocks, Latin Extended Additional
     * and general punctuation, where folding character by character may differ from folding the
     * whole text.
     */
    private static final char[] FOLD = new char[TABLE_END];
    /** {@link Character#isUpperCase(char)} of each character of the table. */
    private static final boolean[] UPPER = new boolean[TABLE_END];
    /** {@link Character#isLetterOrDigit(char)} of each character of the table. */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) {
            boolean covered = c < 0x0250 || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000;
            if (!covered) {
                FOLD[c] = SLOW;
            } else if (Character.isWhitespace(c)) {
                FOLD[c] = ' ';
            } else {
                String f = VietnameseText.fold(String.valueOf((char) c));
                FOLD[c] = f.isEmpty() ? DROP : f.length() == 1 && f.charAt(0) < SLOW ? f.charAt(0) : SLOW;
            }
            UPPER[c] = Character.isUpperCase(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /**
     * {@link #key(String, boolean)} for text that needs no normalising (no combining mark, nothing
     * outside the blocks of {@link #FOLD}) and no "T.Ư": cleaning such text only changes its white
     * space, which separates words in the key anyway, so the key is read straight from the text,
     * each character folded by the table, in one scan; text with an abbreviation has it spelled out
     * first, as {@link #folded} does, and is read again. Null for any other text, which takes the
     * general way.
     */
    static String keyByTable(String text, boolean mixedCase) {
        String key = tableKey(text, mixedCase, true);
        return key != ABBREVIATED ? key : spelledOutKey(dashes(text), mixedCase);
    }

    /**
     * {@code key(text.substring(from, to), mixedCase)}, read in place when the part needs neither
     * spelling out nor the general way (a list's pieces are keyed so, without cutting them out).
     */
    static String key(String text, int from, int to, boolean mixedCase) {
        String key = tableKey(text, from, to, mixedCase, true);
        return key != null && key != ABBREVIATED ? key : key(text.substring(from, to), mixedCase);
    }

    /** {@link #keyByTable} building the spelled-out text and reading it again, as it first did. */
    static String keyByTableSpelledOutFirst(String text, boolean mixedCase) {
        String key = tableKey(text, mixedCase, true);
        return key != ABBREVIATED ? key : tableKey(spellOut(dashes(text), mixedCase), mixedCase, false);
    }

    /**
     * {@code tableKey(spellOut(clean, mixedCase), mixedCase, false)} without the spelled-out text: the
     * same scan as {@link #spellOut}, each part it would append given straight to a {@link KeyWriter}.
     */
    private static String spelledOutKey(String clean, boolean mixedCase) {
        KeyWriter out = new KeyWriter(clean.length() + 32);
        spell(clean, mixedCase, out);
        return out.finish();
    }

    /**
     * The key {@link #tableKey} reads from a text on its second reading, written as the text's
     * characters are given, one part after another: so a text made of parts is never built.
     */
    private static final class KeyWriter implements Parts {
        private byte[] key;
        private int size;
        private int wordStart = -1;
        /** A character not for the table was given: the key is the general way's. */
        private boolean slow;

        KeyWriter(int capacity) {
            key = new byte[capacity];
        }

        @Override
        public void add(String s, int from, int to) {
            for (int i = from; i < to && !slow; i++) {
                add(s.charAt(i));
            }
        }

        @Override
        public void add(char c) {
            if (c >= TABLE_END) {
                slow = true;
                return;
            }
            char f = FOLD[c];
            if (f == SLOW) {
                slow = true;
            } else if (f != DROP) {
                put(f);
            }
        }

        private void put(char f) {
            if (isWordChar(f)) {
                if (wordStart < 0) {
                    if (size > 0) {
                        append(' ');
                    }
                    wordStart = size;
                }
                append(f);
            } else if (wordStart >= 0) {
                size = endWord(key, wordStart, size);
                wordStart = -1;
            }
        }

        private void append(char c) {
            if (size == key.length) {
                key = java.util.Arrays.copyOf(key, size * 2);
            }
            key[size++] = (byte) c;
        }

        /** The key, or null when a character was not for the table. */
        String finish() {
            if (slow) {
                return null;
            }
            put(' ');
            return new String(key, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** What {@link #tableKey} answers for text with two capitals in a row, to be spelled out first. */
    private static final String ABBREVIATED = new String("two capitals in a row");

    /**
     * The key of {@code s} by the table, or null when a character is not for the table; on the
     * {@code first} reading (of the text as written) also {@link #ABBREVIATED} when it has two
     * capitals in a row, and null for "T." or "TƯ"/"TW" in mixed case.
     */
    private static String tableKey(String s, boolean mixedCase, boolean first) {
        return tableKey(s, 0, s.length(), mixedCase, first);
    }

    /** {@link #tableKey(String, boolean, boolean)} of {@code s[from..to)}, read in place. */
    private static String tableKey(String s, int from, int to, boolean mixedCase, boolean first) {
        int length = to;
        // only letters a-z, digits and spaces are written: Latin-1
        byte[] key = new byte[to - from];
        int size = 0;
        int wordStart = -1;
        boolean upper = false;
        for (int i = from; i <= length; i++) {
            char f;
            if (i < length) {
                char c = s.charAt(i);
                if (c >= TABLE_END) {
                    return null;
                }
                f = FOLD[c];
                if (f == SLOW) {
                    return null;
                }
                if (first) {
                    if (c == 'T' && mixedCase && i + 1 < length) {
                        char next = s.charAt(i + 1);
                        if (next == '.' || next == 'Ư' || next == 'W') {
                            return null;
                        }
                    }
                    boolean isUpper = UPPER[c];
                    if (isUpper && upper) {
                        // the text is read again once spelled out, and that reading sends any character
                        // not for the table the general way; only "T." and "TƯ"/"TW" are left to look for
                        return mixedCase && hasCentral(s, i + 1, to) ? null : ABBREVIATED;
                    }
                    upper = isUpper;
                }
                if (f == DROP) {
                    continue;
                }
            } else {
                f = ' ';
            }
            if (isWordChar(f)) {
                if (wordStart < 0) {
                    if (size > 0) {
                        key[size++] = ' ';
                    }
                    wordStart = size;
                }
                key[size++] = (byte) f;
            } else if (wordStart >= 0) {
                size = endWord(key, wordStart, size);
                wordStart = -1;
            }
        }
        return new String(key, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Ends the word {@code key[wordStart..size)} of a key being written: "và" is a connector, so the
     * word goes with the space before it; "qui" is written "quy". The key's new size.
     */
    private static int endWord(byte[] key, int wordStart, int size) {
        int word = size - wordStart;
        if (word == 2 && key[wordStart] == 'v' && key[wordStart + 1] == 'a') {
            return wordStart > 0 ? wordStart - 1 : 0;
        }
        if (word == 3 && key[wordStart] == 'q' && key[wordStart + 1] == 'u' && key[wordStart + 2] == 'i') {
            key[wordStart + 2] = 'y';
        }
        return size;
    }

    /** Whether "T." or "TƯ"/"TW" occurs in {@code s} from {@code from} on. */
    private static boolean hasCentral(String s, int from, int to) {
        for (int i = s.indexOf('T', from); i >= 0 && i + 1 < to; i = s.indexOf('T', i + 1)) {
            char next = s.charAt(i + 1);
            if (next == '.' || next == 'Ư' || next == 'W') {
                return true;
            }
        }
        return false;
    }

    /** The key of text already folded: its runs of letters and digits, as {@link #key(String, boolean)} says. */
    private static String keyOf(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(folded.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 2 && folded.startsWith("va", start)) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            if (length == 3 && folded.startsWith("qui", start)) {
                key.append("quy");
            } else {
                key.append(folded, start, i);
            }
        }
        return key.toString();
    }

    static String join(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            if (!CONNECTORS.contains(w)) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(w);
            }
        }
        return key.toString();
    }

    /**
     * The abbreviated key of a full name, as documents shorten it: the leading kind word kept, the
     * rest reduced to initials ("Sở Kế hoạch và Đầu tư" gives {@code so khdt}, "Bộ Lao động -
     * Thương binh và Xã hội" gives {@code bo ldtbxh}); empty when the name has no such form.
     */
    static String abbreviated(String key) {
        for (String kind : List.of("so ", "bo ", "ban ", "uy ban ")) {
            if (key.startsWith(kind)) {
                String[] rest = key.substring(kind.length()).split(" ");
                if (rest.length < 2) {
                    return "";
                }
                StringBuilder initials = new StringBuilder(kind);
                for (String w : rest) {
                    initials.append(w.charAt(0));
                }
                return initials.toString();
            }
        }
        return "";
    }
}
