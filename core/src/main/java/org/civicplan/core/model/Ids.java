package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
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
            throw new InvalidInputException(
                    Message.of(what + " để trống: ghi một mã", what + " is blank: write a code"));
        }
        if (clean.length() > MAX_LENGTH) {
            throw new InvalidInputException(Message.of(
                    what + " dài quá " + MAX_LENGTH + " ký tự: \"" + clean.substring(0, 20) + "…\"; hãy rút gọn",
                    what + " is longer than " + MAX_LENGTH + " characters: \"" + clean.substring(0, 20)
                            + "…\"; shorten it"));
        }
        for (int i = 0; i < clean.length(); i++) {
            if (Character.isISOControl(clean.charAt(i))) {
                throw new InvalidInputException(Message.of(
                        what + " có ký tự điều khiển: \"" + clean + "\"; xóa ký tự đó",
                        what + " contains a control character: \"" + clean + "\"; remove it"));
            }
        }
        return clean;
    }
}
