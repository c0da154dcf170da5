package org.civicplan.validation.internal;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicplan.core.Labelled;
import org.civicplan.validation.Rule;

/**
 * One broken rule on one object, before it becomes a finding: the rule, the path relative to the
 * object checked ({@code assignment.leadUnits}), and the message parameters. Parameter values may be
 * user data (a unit code); they are inserted into messages as text, never interpreted.
 */
public record Hit(Rule rule, String path, Map<String, String> params) {
    public Hit {
        requireNonNull(rule, "rule is null");
        requireNonNull(path, "path is null");
        params = Map.copyOf(params);
    }

    public static Hit of(Rule rule, String path) {
        return new Hit(rule, path, Map.of());
    }

    public static Builder on(Rule rule, String path) {
        return new Builder(rule, path);
    }

    /** Collects parameters in order. */
    public static final class Builder {
        private final Rule rule;
        private final String path;
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder(Rule rule, String path) {
            this.rule = rule;
            this.path = path;
        }

        public Builder param(String name, Object value) {
            params.put(name, String.valueOf(value));
            return this;
        }

        /** Adds {@code nameVi} and {@code nameEn}: the Vietnamese template uses one, the English the other. */
        public Builder label(String name, Labelled value) {
            params.put(name + "Vi", value.vi());
            params.put(name + "En", value.en());
            return this;
        }

        public Hit build() {
            return new Hit(rule, path, params);
        }
    }
}
