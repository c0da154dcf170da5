package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.text.VietnameseText;

/**
 * Recognises collective references: phrases made only of kinds of unit ("sở", "ban", "ngành",
 * "quận", "huyện", "bộ", "cơ quan ngang bộ", "đơn vị") and filler words ("các", "thuộc", "liên
 * quan", "trực thuộc Trung ương"), such as "các sở, ban, ngành Thành phố", "UBND các quận, huyện,
 * thị xã", "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "các đơn vị liên quan". A phrase is
 * collective when it says "các"/"những" or names two kinds or a level ("cấp xã").
 *
 * <p>{@link #reach(String)} reads a name as a lead cell prints it (titles, formulas and enumerations
 * included) for the clarity check: one body, a closed class, or membership left open.
 */
public final class CollectivePhrases {
    private enum Token {
        FILLER,
        PLURAL,
        DEPARTMENT,
        SECTOR,
        MINISTRY,
        GOVERNMENT_AGENCY,
        DISTRICT,
        COMMUNE,
        PROVINCE,
        CITY,
        LOCALITY,
        ORGANISATION,
        ENTERPRISE,
        UNSPECIFIED,
        LEVEL_DISTRICT,
        LEVEL_COMMUNE,
        LEVEL_PROVINCE
    }

    /** Phrases in folded words, matched longest first. */
    private static final Map<String, Token> PHRASES = Map.ofEntries(
            Map.entry("cac", Token.PLURAL),
            Map.entry("nhung", Token.PLURAL),
            Map.entry("thuoc", Token.FILLER),
            Map.entry("cua", Token.FILLER),
            Map.entry("lien quan", Token.FILLER),
            Map.entry("co lien quan", Token.FILLER),
            Map.entry("truc thuoc trung uong", Token.FILLER),
            Map.entry("truc thuoc", Token.FILLER),
            Map.entry("trung uong", Token.FILLER),
            Map.entry("dong tren dia ban", Token.FILLER),
            Map.entry("tren dia ban", Token.FILLER),
            Map.entry("uy ban nhan dan", Token.FILLER),
            Map.entry("uy ban nhan dan tinh", Token.FILLER),
            Map.entry("so", Token.DEPARTMENT),
            Map.entry("ban", Token.DEPARTMENT),
            Map.entry("nganh", Token.SECTOR),
            Map.entry("bo", Token.MINISTRY),
            Map.entry("co quan ngang bo", Token.MINISTRY),
            Map.entry("co quan thuoc chinh phu", Token.GOVERNMENT_AGENCY),
            Map.entry("quan", Token.DISTRICT),
            Map.entry("huyen", Token.DISTRICT),
            Map.entry("thi xa", Token.DISTRICT),
            Map.entry("xa", Token.COMMUNE),
            Map.entry("phuong", Token.COMMUNE),
            Map.entry("thi tran", Token.COMMUNE),
            Map.entry("dac khu", Token.COMMUNE),
            Map.entry("tinh", Token.PROVINCE),
            Map.entry("thanh pho", Token.CITY),
            Map.entry("dia phuong", Token.LOCALITY),
            Map.entry("doan the", Token.ORGANISATION),
            Map.entry("doanh nghiep", Token.ENTERPRISE),
            Map.entry("don vi", Token.UNSPECIFIED),
            Map.entry("co quan", Token.UNSPECIFIED),
            Map.entry("to chuc", Token.UNSPECIFIED),
            Map.entry("ca nhan", Token.UNSPECIFIED),
            Map.entry("cap huyen", Token.LEVEL_DISTRICT),
            Map.entry("cap xa", Token.LEVEL_COMMUNE),
            Map.entry("cap tinh", Token.LEVEL_PROVINCE));

    private static final int LONGEST = 5;

    private static final Map<String, Token> PHRASE_TOKENS = new HashMap<>(PHRASES);
    /** Every phrase's first words ("co", "co quan", "co quan ngang" …) short of the whole phrase. */
    private static final Set<String> PHRASE_STARTS = phraseStarts();

    private static Set<String> phraseStarts() {
        Set<String> starts = new HashSet<>();
        for (String phrase : PHRASES.keySet()) {
            for (int space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) {
                starts.add(phrase.substring(0, space));
            }
        }
        return starts;
    }

    private CollectivePhrases() {}

    /**
     * The collective {@code key} (a {@link NameKeys#key}) refers to, if it is one; {@code central}
     * says whether the text comes from a central body, for whom "địa phương" are the provinces
     * (for a province they are its districts and communes).
     */
    static Optional<UnitResolution.Collective> match(String key, boolean central) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int n = key.length();
        if (key.charAt(0) == ' ' || key.charAt(n - 1) == ' ' || key.contains("  ")) {
            return matchByWords(key, central);
        }
        // a key's words are single-spaced: a phrase of words is a substring, grown word by word while
        // it still begins a phrase (most keys fail at their first word)
        List<Token> tokens = null;
        int i = 0;
        while (i < n) {
            Token found = null;
            int foundEnd = -1;
            int end = i;
            // the hash of key[i..end), as String#hashCode of that substring, grown with the phrase: a
            // hash no phrase or phrase start has spares the substring and both look-ups
            int hash = 0;
            int hashed = i;
            for (int words = 1; words <= LONGEST; words++) {
                end = key.indexOf(' ', end + (words == 1 ? 0 : 1));
                if (end < 0) {
                    end = n;
                }
                for (; hashed < end; hashed++) {
                    hash = 31 * hash + key.charAt(hashed);
                }
                int slot = slotOf(hash, key, i, end);
                if (slot < 0) {
                    break;
                }
                Token t = TABLE_TOKENS[slot];
                if (t != null) {
                    found = t;
                    foundEnd = end;
                }
                if (end == n || !TABLE_STARTS[slot]) {
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            if (tokens == null) {
                tokens = new ArrayList<>();
            }
            tokens.add(found);
            i = foundEnd + 1;
        }
        return kinds(tokens, central);
    }

    /**
     * Every phrase and phrase start, open-addressed by {@link String#hashCode}, with its token (null
     * for a start only) and whether it begins a longer phrase: a run of the key is looked up by its
     * hash and compared in place, without a substring.
     */
    private static final String[] TABLE;

    private static final Token[] TABLE_TOKENS;
    private static final boolean[] TABLE_STARTS;

    static {
        Set<String> all = new HashSet<>(PHRASE_TOKENS.keySet());
        all.addAll(PHRASE_STARTS);
        int size = Integer.highestOneBit(all.size() * 4);
        TABLE = new String[size];
        TABLE_TOKENS = new Token[size];
        TABLE_STARTS = new boolean[size];
        for (String phrase : all) {
            int slot = phrase.hashCode() & (size - 1);
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            TABLE[slot] = phrase;
            TABLE_TOKENS[slot] = PHRASE_TOKENS.get(phrase);
            TABLE_STARTS[slot] = PHRASE_STARTS.contains(phrase);
        }
    }

    /** The slot of {@code key[from..to)}, whose hash is {@code hash}, in {@link #TABLE}; -1 when it is no phrase or start. */
    private static int slotOf(int hash, String key, int from, int to) {
        int mask = TABLE.length - 1;
        int length = to - from;
        for (int slot = hash & mask; TABLE[slot] != null; slot = (slot + 1) & mask) {
            String stored = TABLE[slot];
            if (stored.length() == length && stored.hashCode() == hash && key.regionMatches(from, stored, 0, length)) {
                return slot;
            }
        }
        return -1;
    }

    /** {@link #match} by the key's words one by one, for a key that is not single-spaced. */
    static Optional<UnitResolution.Collective> matchByWords(String key, boolean central) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String[] words = key.split(" ");
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Token found = null;
            int length = 0;
            StringBuilder phrase = new StringBuilder();
            for (int n = 1; n <= LONGEST && i + n <= words.length; n++) {
                phrase.append(n == 1 ? "" : " ").append(words[i + n - 1]);
                Token t = PHRASES.get(phrase.toString());
                if (t != null) {
                    found = t;
                    length = n;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            tokens.add(found);
            i += length;
        }
        return kinds(tokens, central);
    }

    private static Optional<UnitResolution.Collective> kinds(List<Token> tokens, boolean central) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        boolean unspecified = false;
        int named = 0;
        Token level = null;
        for (Token t : tokens) {
            switch (t) {
                case DEPARTMENT -> kinds.add(UnitKind.DEPARTMENT);
                case SECTOR ->
                    kinds.add(tokens.contains(Token.MINISTRY) ? UnitKind.GOVERNMENT_AGENCY : UnitKind.DEPARTMENT);
                case MINISTRY -> kinds.add(UnitKind.MINISTRY);
                case GOVERNMENT_AGENCY -> kinds.add(UnitKind.GOVERNMENT_AGENCY);
                case DISTRICT -> kinds.add(UnitKind.DISTRICT);
                case COMMUNE -> kinds.add(UnitKind.COMMUNE);
                case PROVINCE -> kinds.add(UnitKind.PEOPLES_COMMITTEE);
                case CITY -> {
                    // "tỉnh, thành phố" are provinces; "huyện, thành phố" districts; else "of the city"
                    if (tokens.contains(Token.PROVINCE)) {
                        kinds.add(UnitKind.PEOPLES_COMMITTEE);
                    } else if (tokens.contains(Token.DISTRICT)) {
                        kinds.add(UnitKind.DISTRICT);
                    } else {
                        continue;
                    }
                }
                case LOCALITY -> {
                    if (central) {
                        kinds.add(UnitKind.PEOPLES_COMMITTEE);
                    } else {
                        kinds.add(UnitKind.DISTRICT);
                        kinds.add(UnitKind.COMMUNE);
                    }
                }
                case ORGANISATION -> kinds.add(UnitKind.ORGANISATION);
                case ENTERPRISE -> kinds.add(UnitKind.ENTERPRISE);
                case UNSPECIFIED -> unspecified = true;
                case LEVEL_DISTRICT, LEVEL_COMMUNE, LEVEL_PROVINCE -> {
                    level = t;
                    continue;
                }
                case FILLER, PLURAL -> {
                    continue;
                }
            }
            named++;
        }
        boolean plural = tokens.contains(Token.PLURAL);
        if (named == 0 && level != null) {
            kinds.add(
                    switch (level) {
                        case LEVEL_DISTRICT -> UnitKind.DISTRICT;
                        case LEVEL_COMMUNE -> UnitKind.COMMUNE;
                        default -> UnitKind.PEOPLES_COMMITTEE;
                    });
            return Optional.of(new UnitResolution.Collective(kinds, false));
        }
        if (named == 0 || (!plural && named < 2)) {
            return Optional.empty();
        }
        return Optional.of(new UnitResolution.Collective(kinds, unspecified));
    }

    /** How far a unit's name as printed reaches. */
    public enum Reach {
        /**
         * Named bodies: "Sở Tài chính", "UBND quận Ba Đình", an enumeration ("các sở: Xây dựng, Tài
         * chính", "các Sở Kế hoạch và Đầu tư, Nội vụ"), or a named body the open rest joins ("Sở Nội vụ và
         * các đơn vị liên quan").
         */
        NAMED,
        /** A closed class acting each for itself: "các sở, ban, ngành", "UBND các quận, huyện, thị xã". */
        CLASS,
        /**
         * Membership left open, divided by formula or fixed by an assignment made elsewhere: "các đơn vị
         * liên quan", "các cơ quan theo chức năng", "các đơn vị được giao".
         */
        OPEN
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^:]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A class left open: "(thủ trưởng) các sở, ban, ngành, đơn vị (có) liên quan", and nothing closed beside it. */
    private static final Pattern OPEN_CLASS =
            Pattern.compile("^((thu truong|lanh dao|giam doc) )?(cac|nhung) [a-z ]*\\b(co )?lien quan( [a-z ]*)?$");

    /** A closed component beside an open one: a People's Committee class, or "và" joining another body. */
    private static final Pattern CLOSED_COMPONENT = Pattern.compile("\\b(ubnd|uy ban nhan dan|chu tich)\\b| va ");

    private static final Pattern FORMULA = Pattern.compile("\\btheo (chuc )?(chuc nang|tham quyen|nhiem vu)\\b"
            + "|\\bnhiem vu duoc (giao|phan cong)\\b|\\bchuc nang,? nhiem vu\\b");

    /**
     * A generic class defined only by an assignment made elsewhere: "các đơn vị được giao", "các cơ quan,
     * đơn vị được phân công", "các đơn vị và phòng ban được phân công". The reader of the row cannot tell
     * who is meant, as with a formula; not when the name points to where the assignment is ("các đơn vị
     * được giao chủ trì tại Phụ lục kèm theo", "… theo Kế hoạch số 12/KH-UBND"), which names them.
     */
    private static final Pattern ASSIGNED_ELSEWHERE = Pattern.compile("^((thu truong|lanh dao) )?(cac|nhung)"
            + " (co quan|don vi)( [a-z]+){0,3} duoc (giao|phan cong)\\b(?!.*\\b(tai|theo|o) (phu luc|muc|diem|ke hoach"
            + "|quyet dinh|cong van|van ban|danh muc|bang)\\b)");

    /** A generic class of body: "các cơ quan", "các đơn vị (của Quận)", "các tổ chức, cá nhân". */
    private static final Pattern GENERIC_HEAD = Pattern.compile("^(cac|nhung) (co quan|don vi|to chuc|ca nhan)\\b");

    private static final Pattern PLURAL = Pattern.compile("(^|\\s)(cac|nhung) ");

    /** A named body first, then an open class joining it: "Sở Nội vụ và các đơn vị liên quan". */
    private static final Pattern NAMED_THEN_OPEN = Pattern.compile(
            "^(?!(thu truong |lanh dao |giam doc )?(cac|nhung) )[^:]* va (cac|nhung) [a-z ]*lien quan$");

    /**
     * A plural over a kind of body followed by the bodies' own names, listed: "các Sở Kế hoạch và Đầu tư,
     * Nội vụ", "Các sở Xây dựng, Quy hoạch - Kiến trúc, Tài chính" (not "các sở, ban, ngành").
     */
    private static final Pattern ENUMERATION = Pattern.compile(
            "^((thu truong|lanh dao|giam doc|chu tich) )?(cac|nhung) (so|bo|ban|cuc|vu|tong cuc) (?<first>[a-z]+)\\b.*(,| va )");

    /**
     * The reach of a unit's name as a lead or coordinator cell prints it, diacritic-insensitive:
     * {@link Reach#OPEN} when the whole name is a class whose membership is left open ("các sở, ngành
     * liên quan") with nothing closed beside it, a generic class divided by formula ("các đơn vị của
     * Quận theo nhiệm vụ được phân công"), or one defined only by an assignment made elsewhere ("các đơn
     * vị được giao"); {@link Reach#NAMED} when it names its bodies (an enumeration
     * after a colon or after a plural kind, or a named body that open others join); {@link Reach#CLASS}
     * when a plural governs a kind of body or the name is made only of kinds ("UBND quận, huyện, thị
     * xã"); else {@link Reach#NAMED}. A blank name is {@link Reach#OPEN}.
     */
    public static Reach reach(String name) {
        if (name == null || name.isBlank()) {
            return Reach.OPEN;
        }
        String folded = fold(name);
        if (OPEN_CLASS.matcher(folded).matches()
                && !CLOSED_COMPONENT.matcher(folded).find()) {
            return Reach.OPEN;
        }
        if (FORMULA.matcher(folded).find() && GENERIC_HEAD.matcher(folded).find()
                || ASSIGNED_ELSEWHERE.matcher(folded).find()) {
            return Reach.OPEN;
        }
        if (enumerates(VietnameseText.fold(name))
                || NAMED_THEN_OPEN.matcher(folded).matches()) {
            return Reach.NAMED;
        }
        if (PLURAL.matcher(folded).find()) {
            return Reach.CLASS;
        }
        return match(NameKeys.key(name), false).isPresent() ? Reach.CLASS : Reach.NAMED;
    }

    /**
     * True when the name lists several bodies by their own names: after a colon ("Giám đốc các Sở: Nội
     * vụ, Tài chính") or after a plural kind ("Các sở Xây dựng, Quy hoạch - Kiến trúc, Tài chính").
     */
    public static boolean enumeratesBodies(String name) {
        return name != null && !name.isBlank() && enumerates(VietnameseText.fold(name));
    }

    /** On text folded with its punctuation kept (the commas separate the bodies listed). */
    private static boolean enumerates(String folded) {
        int colon = folded.indexOf(':');
        if (colon >= 0) {
            String rest = folded.substring(colon + 1);
            return rest.contains(",") || rest.contains(" va ");
        }
        Matcher m = ENUMERATION.matcher(folded);
        return m.find() && !PHRASES.containsKey(m.group("first")) && !FILLER_AFTER_KIND.contains(m.group("first"));
    }

    /** Words that qualify a plural kind rather than name a body: "các Bộ là chủ Chương trình", "các sở có …". */
    private static final Set<String> FILLER_AFTER_KIND =
            Set.of("la", "co", "duoc", "tham", "chuc", "nganh", "thanh", "tinh", "quan", "huyen", "xa", "phuong");

    /** True when the name divides work by formula ("theo chức năng, nhiệm vụ được giao"). */
    public static boolean formula(String name) {
        return name != null && FORMULA.matcher(fold(name)).find();
    }

    /** Lower case, no diacritics, punctuation other than ':' as spaces, single spaces. */
    private static String fold(String text) {
        String folded = VietnameseText.fold(text);
        return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }
}
