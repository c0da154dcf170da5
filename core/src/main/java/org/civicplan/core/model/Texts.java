package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.text.VietnameseText;

/** Normalisation shared by the records: text to NFC and stripped, blank optional text to empty. */
final class Texts {
    private Texts() {}

    /** Single-line text: NFC, stripped, inner white space collapsed. Blank stays blank (a finding, not an error). */
    static String line(String text, String what) {
        requireNonNull(text, what + " is null");
        return VietnameseText.clean(text);
    }

    /** Optional single-line text; blank becomes empty. */
    static Optional<String> line(Optional<String> text, String what) {
        requireNonNull(text, what + " is null");
        return text.map(VietnameseText::clean).filter(s -> !s.isEmpty());
    }

    /** Optional multi-line text: NFC, stripped, line breaks kept; blank becomes empty. */
    static Optional<String> body(Optional<String> text, String what) {
        requireNonNull(text, what + " is null");
        return text.map(s -> VietnameseText.nfc(s).strip()).filter(s -> !s.isEmpty());
    }

    /** A list of single-line texts, each cleaned; blank entries dropped. */
    static List<String> lines(List<String> texts, String what) {
        requireNonNull(texts, what + " is null");
        return texts.stream()
                .map(s -> VietnameseText.clean(requireNonNull(s, what + " contains null")))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static <T> List<T> list(List<T> values, String what) {
        requireNonNull(values, what + " is null");
        for (T value : values) {
            requireNonNull(value, what + " contains null");
        }
        return List.copyOf(values);
    }

    static <T> Optional<T> optional(Optional<T> value, String what) {
        return requireNonNull(value, what + " is null");
    }
}
