package org.civicplan.validation.internal;

import static java.util.Objects.requireNonNull;

import org.civicplan.validation.Subject;

/** A hit with the subject it is about and its full path in the portfolio. */
public record Located(Subject subject, String path, Hit hit) {
    public Located {
        requireNonNull(subject, "subject is null");
        requireNonNull(path, "path is null");
        requireNonNull(hit, "hit is null");
    }
}
