package org.civicplan.core;

import static java.util.Objects.requireNonNull;

/** A message in Vietnamese and English. */
public record Message(String vi, String en) {
    public Message {
        requireNonNull(vi, "vi is null");
        requireNonNull(en, "en is null");
    }

    public static Message of(String vi, String en) {
        return new Message(vi, en);
    }

    public String in(Lang lang) {
        return lang.pick(vi, en);
    }

    /** Prefixes both languages with a location such as {@code plan.json:41:17} or {@code item 6}. */
    public Message at(String where) {
        return new Message(where + ": " + vi, where + ": " + en);
    }
}
