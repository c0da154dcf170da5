package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.model.UnitKind;

/**
 * Recognises collective references: phrases made only of kinds of unit ("sở", "ban", "ngành",
 * "quận", "huyện", "bộ", "cơ quan ngang bộ", "đơn vị") and filler words ("các", "thuộc", "liên
 * quan", "trực thuộc Trung ương"), such as "các sở, ban, ngành Thành phố", "UBND các quận, huyện,
 * thị xã", "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "các đơn vị liên quan". A phrase is
 * collective when it says "các"/"những" or names two kinds or a level ("cấp xã").
 */
final class CollectivePhrases {
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
}
