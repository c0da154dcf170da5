package org.civicplan.core.unit;

import static java.util.Objects.requireNonNull;

/**
 * A unit name as written, kept beside what it was resolved to.
 *
 * @param text the text exactly as given
 * @param resolution the unit, list, collective, ambiguity or unknown it reads as
 */
public record UnitReading(String text, UnitResolution resolution) {
    public UnitReading {
        requireNonNull(text, "text is null");
        requireNonNull(resolution, "resolution is null");
    }
}
