package org.civicplan.validation.internal;

import java.util.regex.Pattern;

/**
 * Recognises collective and vague unit names, diacritic-insensitive ("các sở, ban, ngành", "cac so
 * ban nganh", "UBND các quận, huyện, thị xã", "các bộ, cơ quan ngang bộ", "các đơn vị liên quan",
 * "các cơ quan theo chức năng, nhiệm vụ được giao").
 *
 * <p>On the folded name (lower case, no diacritics, punctuation as spaces):
 *
 * <ul>
 *   <li>{@link UnitNames.Reach#OPEN} when the whole name is a class whose membership is left open
 *       ("các sở, ngành liên quan", "các cơ quan, đơn vị có liên quan") — a closed class beside it
 *       ("UBND các xã, các cơ quan liên quan") is the lead, and the open part only joins in — or a
 *       generic class divided by formula ("các đơn vị của Quận theo nhiệm vụ được phân công", "các
 *       cơ quan theo thẩm quyền, chức năng, nhiệm vụ"), which names no one for this row;
 *   <li>{@link UnitNames.Reach#CLASS} when a plural ("các", "những") governs a kind of body ("UBND
 *       các huyện", "các sở, ban, ngành", "Giám đốc các sở", "các đơn vị"): a closed class, each
 *       member acting for itself — unless a colon enumerates the members ("các sở: Xây dựng, Tài
 *       chính"), which names them;
 *   <li>{@link UnitNames.Reach#NAMED} otherwise.
 * </ul>
 */
final class CollectivePhrases implements UnitNames {
    static final CollectivePhrases INSTANCE = new CollectivePhrases();

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^:]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A class left open: "(thủ trưởng) các sở, ban, ngành, đơn vị (có) liên quan", and nothing closed beside it. */
    private static final Pattern OPEN_CLASS =
            Pattern.compile("^((thu truong|lanh dao|giam doc) )?(cac|nhung) [a-z ]*\\b(co )?lien quan( [a-z ]*)?$");

    /** A closed component beside an open one: a People's Committee class, or "và" joining another body. */
    private static final Pattern CLOSED_COMPONENT = Pattern.compile("\\b(ubnd|uy ban nhan dan|chu tich)\\b| va ");

    private static final Pattern FORMULA = Pattern.compile("\\btheo (chuc )?(chuc nang|tham quyen|nhiem vu)\\b"
            + "|\\bnhiem vu duoc (giao|phan cong)\\b|\\bchuc nang,? nhiem vu\\b");

    /** A generic class of body: "các cơ quan", "các đơn vị (của Quận)", "các tổ chức, cá nhân". */
    private static final Pattern GENERIC_HEAD = Pattern.compile("^(cac|nhung) (co quan|don vi|to chuc|ca nhan)\\b");

    private static final Pattern PLURAL = Pattern.compile("(^|\\s)(cac|nhung) ");

    private CollectivePhrases() {}

    @Override
    public Reach reach(String name) {
        if (name == null || name.isBlank()) {
            return Reach.OPEN;
        }
        String folded = fold(name);
        if (OPEN_CLASS.matcher(folded).matches()
                && !CLOSED_COMPONENT.matcher(folded).find()) {
            return Reach.OPEN;
        }
        if (FORMULA.matcher(folded).find() && GENERIC_HEAD.matcher(folded).find()) {
            return Reach.OPEN;
        }
        if (folded.contains(":")) {
            return Reach.NAMED;
        }
        return PLURAL.matcher(folded).find() ? Reach.CLASS : Reach.NAMED;
    }

    @Override
    public boolean formula(String name) {
        return name != null && FORMULA.matcher(fold(name)).find();
    }

    /** Lower case, no diacritics, punctuation other than ':' as spaces, single spaces. */
    static String fold(String text) {
        String folded = org.civicplan.core.text.VietnameseText.fold(text);
        return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }
}
