package org.civicplan.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A closed value officials see: a stable code (stored and typed) with Vietnamese and English labels. */
public interface Labelled {
    /** Stable code, stored in files and databases; never changes once released. */
    String code();

    String vi();

    String en();

    default String label(Lang lang) {
        return lang.pick(vi(), en());
    }

    /**
     * Looks up an enum constant by its code (case-insensitive); an unknown code is an {@link
     * InvalidInputException} listing the codes that are known.
     */
    static <E extends Enum<E> & Labelled> E fromCode(Class<E> type, String code) {
        if (code != null) {
            String wanted = code.strip();
            for (E value : type.getEnumConstants()) {
                if (value.code().equalsIgnoreCase(wanted)) {
                    return value;
                }
            }
        }
        String known =
                Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
        throw new InvalidInputException(Message.of(
                "Mã không hợp lệ \"" + code + "\" cho " + type.getSimpleName() + " (các mã hợp lệ: " + known + ")",
                "Unknown code \"" + code + "\" for " + type.getSimpleName() + " (known codes: " + known + ")"));
    }
}
