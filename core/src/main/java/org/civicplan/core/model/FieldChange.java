package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One field of an audited change: its path and the values before and after, as text. */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
    public FieldChange {
        requireNonNull(field, "field is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
    }
}
