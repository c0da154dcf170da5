package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

/** Who acts: a unit and the person (user name) acting for it. Every write names one. */
public record Actor(UnitCode unit, String user) {
    public Actor {
        requireNonNull(unit, "unit is null");
        user = Ids.check(user, "user");
    }

    public static Actor of(String unit, String user) {
        return new Actor(UnitCode.of(unit), user);
    }
}
