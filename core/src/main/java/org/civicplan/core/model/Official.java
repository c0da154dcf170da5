package org.civicplan.core.model;

import java.util.Optional;

/**
 * A responsible person: a named official, or a post ("Giám đốc Sở") where the name changes with
 * the holder. Clear person (rõ người) needs at least one of the two.
 *
 * @param unitAsWritten the unit as the plan writes it ("Sở KH-ĐT"), kept beside the resolved {@code
 *     unit} when a file named it instead of giving its code; empty otherwise
 */
public record Official(
        Optional<String> name, Optional<String> post, Optional<UnitCode> unit, Optional<String> unitAsWritten) {
    public Official {
        name = Texts.line(name, "name");
        post = Texts.line(post, "post");
        unit = Texts.optional(unit, "unit");
        unitAsWritten = Texts.line(unitAsWritten, "unitAsWritten");
    }

    /** An official whose unit, if any, is given by its code. */
    public Official(Optional<String> name, Optional<String> post, Optional<UnitCode> unit) {
        this(name, post, unit, Optional.empty());
    }

    public static Official named(String name, String post, UnitCode unit) {
        return new Official(Optional.of(name), Optional.of(post), Optional.of(unit));
    }

    public static Official post(String post, UnitCode unit) {
        return new Official(Optional.empty(), Optional.of(post), Optional.of(unit));
    }

    /** True when the official can be identified by a name or a post. */
    public boolean identified() {
        return name.isPresent() || post.isPresent();
    }

    /** "Nguyễn Văn A, Giám đốc Sở" or whichever part is known. */
    public String describe() {
        if (name.isPresent() && post.isPresent()) {
            return name.get() + ", " + post.get();
        }
        return name.or(() -> post).orElse("");
    }
}
