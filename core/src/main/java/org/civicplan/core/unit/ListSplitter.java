package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits compressed lists of units into their members: with a shared head ("các Sở: Tài chính, Nội
 * vụ, Kế hoạch và Đầu tư", "UBND các huyện Đông Anh, Gia Lâm", "Bộ: Tài chính, Xây dựng") or
 * without ("Bộ Thông tin và Truyền thông và Bộ Giáo dục và Đào tạo", "BỘ TÀI CHÍNH - BỘ TƯ PHÁP").
 *
 * <p>Names themselves contain the separators ("Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du
 * lịch"), so the text is cut at every separator and the pieces are joined back greedily: from each
 * position the longest run of pieces that names a unit is one member. Every piece must belong to a
 * member, otherwise the text is not a list.
 */
final class ListSplitter {
    static final Pattern HEADED = Pattern.compile(
            "^((?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+)?)((?:các|những)\\s+)?"
                    + "(sở|bộ|quận|huyện|thị xã|xã|phường)((?:\\s*,\\s*(?:ban|ngành))*)\\s*(:?)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;:]|\\s[-–]\\s)\\s*|\\s+và\\s+");
    private static final int MAX_PIECES = 40;

    /** A member as written and what it resolved to. */
    record Member(String text, UnitResolution resolution, String separatorBefore, int end) {}

    private ListSplitter() {}

    /**
     * The members of {@code text} if it is a list of at least two, each resolved by {@code single}
     * (given a {@link NameKeys#key}, it answers {@link UnitResolution.Unknown} when the key names no
     * unit).
     */
    static Optional<List<Member>> split(
            String text,
            int maxWords,
            Function<String, UnitResolution> exact,
            Function<String, UnitResolution> single,
            RunLookup beginsAKey) {
        boolean mixedCase = NameKeys.hasLower(text);
        Head headed = mayBeHeaded(text) && mayHaveHeadMark(text) ? Head.read(text) : null;
        if (headed != null && (headed.plural() || headed.colon())) {
            String head = NameKeys.key(
                    text.substring(0, headed.councilEnd()) + text.substring(headed.kindFrom(), headed.kindTo()),
                    mixedCase);
            Optional<List<Member>> members =
                    members(text.substring(headed.bodyFrom()), head, mixedCase, maxWords, exact, single, beginsAKey);
            if (members.isPresent()) {
                return members;
            }
        }
        return members(text, "", mixedCase, maxWords, exact, single, beginsAKey);
    }

    /**
     * A match of {@link #HEADED}, read by hand: its group 1 is {@code text[0, councilEnd)}, group 2
     * is there when {@code plural}, group 3 is {@code text[kindFrom, kindTo)}, group 5 is ":" when
     * {@code colon}, group 6 is {@code text.substring(bodyFrom)}.
     */
    record Head(int councilEnd, boolean plural, int kindFrom, int kindTo, boolean colon, int bodyFrom) {
        private static final String[] COUNCILS = folded("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân");
        private static final String[] PLURALS = folded("các", "những");
        private static final String[] KINDS = folded("sở", "bộ", "quận", "huyện", "thị xã", "xã", "phường");
        private static final String[] BRANCHES = folded("ban", "ngành");

        /**
         * The match of {@link #HEADED} on the whole of {@code text}, or null where it does not match.
         * Each part before the body can match in one way only (no word of a part begins like a word
         * of the next or white space), so the pattern's greedy first try is read straight; only a
         * text whose body would be empty on that try (where the pattern backtracks) is left to it.
         */
        static Head read(String text) {
            int n = text.length();
            int i = 0;
            int councilEnd = 0;
            int word = wordEnd(text, 0, COUNCILS);
            if (word >= 0 && spacesEnd(text, word) > word) {
                councilEnd = spacesEnd(text, word);
                i = councilEnd;
            }
            boolean plural = false;
            word = wordEnd(text, i, PLURALS);
            if (word >= 0 && spacesEnd(text, word) > word) {
                plural = true;
                i = spacesEnd(text, word);
            }
            int kindFrom = i;
            int kindTo = wordEnd(text, i, KINDS);
            if (kindTo < 0) {
                return null;
            }
            i = kindTo;
            while (true) {
                int comma = spacesEnd(text, i);
                if (comma >= n || text.charAt(comma) != ',') {
                    break;
                }
                int branch = wordEnd(text, spacesEnd(text, comma + 1), BRANCHES);
                if (branch < 0) {
                    break;
                }
                i = branch;
            }
            i = spacesEnd(text, i);
            boolean colon = i < n && text.charAt(i) == ':';
            if (colon) {
                i++;
            }
            i = spacesEnd(text, i);
            if (i == n) {
                return byPattern(text);
            }
            for (int k = i; k < n; k++) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    // '.' takes no line end, and any other try leaves it in the body too
                    return null;
                }
            }
            return new Head(councilEnd, plural, kindFrom, kindTo, colon, i);
        }

        /** The match of {@link #HEADED} itself, or null. */
        static Head byPattern(String text) {
            Matcher m = HEADED.matcher(text);
            if (!m.matches()) {
                return null;
            }
            return new Head(
                    m.end(1),
                    m.group(2) != null,
                    m.start(3),
                    m.end(3),
                    !m.group(5).isEmpty(),
                    m.start(6));
        }

        /** The end of the first of {@code words} (folded) at {@code from}, or -1. */
        private static int wordEnd(String text, int from, String[] words) {
            for (String w : words) {
                if (matchesFolded(text, from, w)) {
                    return from + w.length();
                }
            }
            return -1;
        }

        /**
         * Whether {@code folded} is at {@code from} as the pattern compares a literal without case
         * (Unicode): each character equal to the folded one, or folded equal to it.
         */
        private static boolean matchesFolded(String text, int from, String folded) {
            if (from + folded.length() > text.length()) {
                return false;
            }
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                char c = text.charAt(from + j);
                if (f != c && f != Character.toLowerCase(Character.toUpperCase(c))) {
                    return false;
                }
            }
            return true;
        }

        private static String[] folded(String... words) {
            String[] out = new String[words.length];
            for (int w = 0; w < words.length; w++) {
                char[] cs = words[w].toCharArray();
                for (int j = 0; j < cs.length; j++) {
                    cs[j] = Character.toLowerCase(Character.toUpperCase(cs[j]));
                }
                out[w] = new String(cs);
            }
            return out;
        }
    }

    /**
     * Whether {@link #HEADED} may match: its first letter, in any case, begins one of its words
     * ("UBND", "Ủy", "các", "những", "sở", "bộ", "quận", "huyện", "thị xã", "xã", "phường"),
     * compared as the pattern compares without case.
     */
    static boolean mayBeHeaded(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(Character.toUpperCase(text.charAt(0)));
        return "uủcnsbqhtxp".indexOf(first) >= 0;
    }

    /**
     * Whether a match of {@link #HEADED} can be used: it is only when its "các"/"những" or its ':'
     * is there, so text with neither (in any case, as the pattern compares) spares the pattern.
     */
    static boolean mayHaveHeadMark(String text) {
        if (text.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (c | 0x20) != 'c' && (c | 0x20) != 'n') {
                // an ASCII character other than c/C and n/N begins neither word in any case
                continue;
            }
            if (text.regionMatches(true, i, "các", 0, 3) || text.regionMatches(true, i, "những", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayHaveHeadMark} comparing at every position, as it first did. */
    static boolean mayHaveHeadMarkEverywhere(String text) {
        if (text.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i + 3 <= text.length(); i++) {
            if (text.regionMatches(true, i, "các", 0, 3) || text.regionMatches(true, i, "những", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Members by their keys: a run of pieces is tried with the head and alone, longest first, but
     * never longer than the longest name in the directory ({@code maxWords} words).
     */
    private static Optional<List<Member>> members(
            String body,
            String head,
            boolean mixedCase,
            int maxWords,
            Function<String, UnitResolution> exact,
            Function<String, UnitResolution> single,
            RunLookup beginsAKey) {
        if (head.isEmpty() && !maySeparate(body)) {
            // one piece without a head is no list: spare the pattern
            return Optional.empty();
        }
        // piece p is body[bounds[2p], bounds[2p + 1]); the separator before it lies between it and the one before
        int[] bounds = cutBounds(body);
        int count = bounds[bounds.length - 1];
        if (count > MAX_PIECES || (count < 2 && head.isEmpty())) {
            return Optional.empty();
        }
        Pieces pieces = new Pieces(body, bounds, count);
        String[] keys = new String[count];
        int[] wordCounts = new int[count];
        for (int p = 0; p < count; p++) {
            keys[p] = NameKeys.key(body, bounds[2 * p], bounds[2 * p + 1], mixedCase);
            wordCounts[p] = wordCount(keys[p]);
        }
        List<Member> members = new ArrayList<>();
        int i = 0;
        while (i < count) {
            int reach = i;
            int words = wordCounts[i];
            while (reach + 1 < count && words + wordCounts[reach + 1] <= maxWords) {
                words += wordCounts[++reach];
            }
            // names as the directory has them first (a hash look-up each, growing the run only while it
            // still begins a name), then with places stripped
            Member found = longestKey(pieces, keys, head, i, reach, exact, beginsAKey);
            if (found == null) {
                found = longest(pieces, keys, head, i, reach, single);
            }
            if (found == null) {
                return Optional.empty();
            }
            members.add(found);
            i = found.end() + 1;
        }
        // with a head ("UBND các quận Hoàn Kiếm") one member is a list of one; without, a name is no list
        return members.size() < (head.isEmpty() ? 2 : 1) ? Optional.empty() : Optional.of(members);
    }

    /**
     * Cuts {@code body} at every match of {@link #SEPARATOR}, found as the pattern finds them but by
     * hand: the pieces between, and the separators as written (the first one empty).
     */
    static void cut(String body, List<String> pieces, List<String> separators) {
        int[] bounds = cutBounds(body);
        int count = bounds[bounds.length - 1];
        separators.add("");
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                separators.add(body.substring(bounds[2 * p - 1], bounds[2 * p]));
            }
            pieces.add(body.substring(bounds[2 * p], bounds[2 * p + 1]));
        }
    }

    /**
     * Where {@link #cut} cuts, without cutting: piece p is {@code body[bounds[2p], bounds[2p + 1])},
     * the separator before it {@code body[bounds[2p - 1], bounds[2p])}; the last element is the count.
     */
    static int[] cutBounds(String body) {
        int[] bounds = new int[16];
        int count = 0;
        int n = body.length();
        int last = 0;
        int p = 0;
        while (p < n) {
            char c = body.charAt(p);
            int end = -1;
            int next;
            if (isSpace(c)) {
                // a run of white space: the pattern matches from its start or not within it
                int q = p;
                while (q < n && isSpace(body.charAt(q))) {
                    q++;
                }
                if (q < n) {
                    char d = body.charAt(q);
                    if (d == ',' || d == ';' || d == ':') {
                        end = spacesEnd(body, q + 1);
                    } else if ((d == '-' || d == '–') && q + 1 < n && isSpace(body.charAt(q + 1))) {
                        end = spacesEnd(body, q + 1);
                    } else if (body.startsWith("và", q) && q + 2 < n && isSpace(body.charAt(q + 2))) {
                        end = spacesEnd(body, q + 2);
                    }
                }
                next = q;
            } else {
                if (c == ',' || c == ';' || c == ':') {
                    end = spacesEnd(body, p + 1);
                }
                next = p + 1;
            }
            if (end >= 0) {
                if (2 * count + 3 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = last;
                bounds[2 * count + 1] = p;
                count++;
                last = end;
                p = end;
            } else {
                p = next;
            }
        }
        if (2 * count + 3 > bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = last;
        bounds[2 * count + 1] = n;
        count++;
        bounds[bounds.length - 1] = count;
        return bounds;
    }

    /** A body's pieces by their bounds: a member's text and separator cut out only for members found. */
    private record Pieces(String body, int[] bounds, int count) {
        /** Pieces {@code from..to} as written, with the separators between them. */
        String written(int from, int to) {
            return body.substring(bounds[2 * from], bounds[2 * to + 1]);
        }

        /** The separator before piece {@code p} as written ("" before the first). */
        String separatorBefore(int p) {
            return p == 0 ? "" : body.substring(bounds[2 * p - 1], bounds[2 * p]);
        }
    }

    /** The end of the run of white space from {@code from}. */
    private static int spacesEnd(String body, int from) {
        int i = from;
        while (i < body.length() && isSpace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \\s} of a pattern: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The cuts {@link #cut} makes, by {@link #SEPARATOR} itself. */
    static void cutByPattern(String body, List<String> pieces, List<String> separators) {
        Matcher m = SEPARATOR.matcher(body);
        int last = 0;
        separators.add("");
        while (m.find()) {
            pieces.add(body.substring(last, m.start()));
            separators.add(m.group());
            last = m.end();
        }
        pieces.add(body.substring(last));
    }

    /** Whether {@link #SEPARATOR} may match: it needs one of ",;:-–" or "và". */
    private static boolean maySeparate(String body) {
        for (int i = 0; i < body.length(); i++) {
            switch (body.charAt(i)) {
                case ',', ';', ':', '-', '–' -> {
                    return true;
                }
                default -> {}
            }
        }
        return body.contains("và");
    }

    private static int wordCount(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int c = key.indexOf(' '); c >= 0; c = key.indexOf(' ', c + 1)) {
            words++;
        }
        return words;
    }

    /**
     * What {@link #longest} finds with {@code exact}, which names only directory keys: the run grows
     * from one piece while it (with the head, or alone) still begins a key, and the longest run that
     * names a unit wins, with the head before alone, as there.
     */
    private static Member longestKey(
            Pieces pieces,
            String[] keys,
            String head,
            int i,
            int reach,
            Function<String, UnitResolution> exact,
            RunLookup beginsAKey) {
        // the hashes of the run alone and with the head, as String#hashCode of the joined words, grown
        // piece by piece: no string is built for a run that begins no key
        int aloneHash = 0;
        int headHash = head.hashCode();
        boolean empty = true;
        UnitResolution best = null;
        int bestEnd = -1;
        boolean headed = !head.isEmpty();
        boolean alone = true;
        for (int j = i; j <= reach && (headed || alone); j++) {
            String key = keys[j];
            if (!key.isEmpty()) {
                if (!empty) {
                    aloneHash = 31 * aloneHash + ' ';
                }
                headHash = 31 * headHash + ' ';
                for (int c = 0; c < key.length(); c++) {
                    aloneHash = 31 * aloneHash + key.charAt(c);
                    headHash = 31 * headHash + key.charAt(c);
                }
                empty = false;
            } else if (j > i) {
                // an empty piece adds no words: the run through it names what the run before it named
                if (bestEnd == j - 1) {
                    bestEnd = j;
                }
                continue;
            }
            if (empty) {
                continue;
            }
            String withHead = headed ? beginsAKey.find(headHash, head, keys, i, j) : null;
            headed = withHead != null;
            String candidate = alone ? beginsAKey.find(aloneHash, "", keys, i, j) : null;
            alone = candidate != null;
            UnitResolution r = headed ? exact.apply(withHead) : UnitResolution.Unknown.INSTANCE;
            if (r instanceof UnitResolution.Unknown && alone) {
                r = exact.apply(candidate);
            }
            if (!(r instanceof UnitResolution.Unknown)) {
                best = r;
                bestEnd = j;
            }
        }
        if (best == null) {
            return null;
        }
        return new Member(pieces.written(i, bestEnd), best, pieces.separatorBefore(i), bestEnd);
    }

    /**
     * The directory's string for a run of words that begins a key, or null: {@code head} (when not
     * empty) and the non-empty {@code keys[from..to]} joined by single spaces, whose {@link
     * String#hashCode} is {@code hash}.
     */
    @FunctionalInterface
    interface RunLookup {
        String find(int hash, String head, String[] keys, int from, int to);
    }

    /** The longest run of pieces from {@code i} (to {@code reach} at most) that {@code resolve} names, with the head or alone. */
    private static Member longest(
            Pieces pieces, String[] keys, String head, int i, int reach, Function<String, UnitResolution> resolve) {
        for (int j = reach; j >= i; j--) {
            StringBuilder joined = new StringBuilder(keys[i]);
            for (int k = i + 1; k <= j; k++) {
                if (!keys[k].isEmpty()) {
                    joined.append(joined.length() > 0 ? " " : "").append(keys[k]);
                }
            }
            String candidate = joined.toString();
            if (candidate.isEmpty()) {
                continue;
            }
            UnitResolution r = head.isEmpty() ? UnitResolution.Unknown.INSTANCE : resolve.apply(head + " " + candidate);
            if (r instanceof UnitResolution.Unknown) {
                r = resolve.apply(candidate);
            }
            if (!(r instanceof UnitResolution.Unknown)) {
                return new Member(pieces.written(i, j), r, pieces.separatorBefore(i), j);
            }
        }
        return null;
    }
}
