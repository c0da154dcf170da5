package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.text.VietnameseText;

/** Shared checks for identifiers and codes. */
final class Ids {
    static final int MAX_LENGTH = 64;

    private Ids() {}

    /** NFC, stripped, non-blank, at most 64 characters, no control characters. */
    static String check(String value, String what) {
        requireNonNull(value, what + " is null");
        String clean = VietnameseText.nfc(value).strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    what + " is longer than " + MAX_LENGTH + " characters: " + clean.substring(0, 20) + "…");
        }
        for (int i = 0; i < clean.length(); i++) {
            if (Character.isISOControl(clean.charAt(i))) {
                throw new IllegalArgumentException(what + " contains a control character: " + clean);
            }
        }
        return clean;
    }
}
