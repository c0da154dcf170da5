package org.civicplan.core.model;

import java.util.Optional;

/** A titled section of a program or plan's text ("I. MỤC ĐÍCH, YÊU CẦU"). */
public record Section(String key, String title, Optional<String> body) {
    public Section {
        key = Ids.check(key, "section key");
        title = Texts.line(title, "title");
        body = Texts.body(body, "body");
    }

    public static Section of(String key, String title, String body) {
        return new Section(key, title, Optional.ofNullable(body));
    }
}
