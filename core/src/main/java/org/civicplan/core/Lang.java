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
