package org.civicplan.core.model;

import java.util.Optional;

/**
 * A responsible person: a named official, or a post ("Giám đốc Sở") where the name changes with
 * the holder. Clear person (rõ người) needs at least one of the two.
 */
public record Official(Optional<String> name, Optional<String> post, Optional<UnitCode> unit) {
    public Official {
        name = Texts.line(name, "name");
        post = Texts.line(post, "post");
        unit = Texts.optional(unit, "unit");
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
