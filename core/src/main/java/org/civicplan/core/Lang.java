package org.civicplan.core;

import java.util.Locale;

/** The two languages civicplan speaks: Vietnamese for officials, English for developers. */
public enum Lang {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The value for this language: {@code vi} in Vietnamese, {@code en} in English. One place for
     * the choice the exporters and messages make everywhere ({@code t("Phụ lục", "Appendix")}).
     */
    public <T> T pick(T vi, T en) {
        return this == VI ? vi : en;
    }

    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code.strip())) {
                return lang;
            }
        }
        throw new InvalidInputException(Message.of(
                "Ngôn ngữ không hỗ trợ: \"" + code + "\" (dùng vi hoặc en)",
                "Unsupported language: \"" + code + "\" (use vi or en)"));
    }
}
