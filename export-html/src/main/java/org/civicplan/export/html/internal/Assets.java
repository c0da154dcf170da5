package org.civicplan.export.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The dashboard's stylesheet and scripts, inlined into every page (nothing is loaded from elsewhere). */
final class Assets {
    static final String CSS = load("dashboard.css");
    static final String ERROR_TRAP = load("error-trap.js");
    static final String TOGGLE = load("toggle.js");

    private Assets() {}

    private static String load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Assets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
