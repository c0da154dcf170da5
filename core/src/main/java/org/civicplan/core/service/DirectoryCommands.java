package org.civicplan.core.service;

import java.time.Clock;
import java.util.Optional;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Program;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;

/** The directory use cases of {@link PlanService}: units, programs and their indicators. */
final class DirectoryCommands extends Commands {
    DirectoryCommands(PortfolioStore store, AccessPolicy policy, Clock clock) {
        super(store, policy, clock);
    }

    void saveUnit(Actor actor, OrgUnit unit) {
        store.inTransaction(tx -> {
            policy.check(actor, Action.MANAGE_DIRECTORY, Target.NONE);
            Optional<OrgUnit> before = tx.units().find(unit.code());
            tx.units().save(unit);
            audit(tx, actor, "save-unit", "unit", unit.code().value(), before.orElse(null), unit);
            return null;
        });
    }

    Program createProgram(Actor actor, Program program) {
        return store.inTransaction(tx -> {
            policy.check(
                    actor,
                    Action.MANAGE_DIRECTORY,
                    new Target(Optional.of(program), Optional.empty(), Optional.empty(), Optional.empty()));
            Program created = tx.programs().create(program);
            audit(tx, actor, "create-program", "program", created.entityId(), null, created);
            return created;
        });
    }

    Program updateProgram(Actor actor, Program program) {
        return store.inTransaction(tx -> {
            Program before = tx.programs().get(program.id());
            checkBeforeAndAfter(
                    actor,
                    Action.MANAGE_DIRECTORY,
                    new Target(Optional.of(before), Optional.empty(), Optional.empty(), Optional.empty()),
                    new Target(Optional.of(program), Optional.empty(), Optional.empty(), Optional.empty()));
            Program updated = tx.programs().update(program);
            audit(tx, actor, "update-program", "program", updated.entityId(), before, updated);
            return updated;
        });
    }

    Indicator defineIndicator(Actor actor, Indicator indicator) {
        return store.inTransaction(tx -> {
            Program program = tx.programs().get(indicator.program());
            policy.check(actor, Action.MANAGE_DIRECTORY, Target.indicator(program, indicator));
            Indicator created = tx.indicators().create(indicator);
            audit(tx, actor, "define-indicator", "indicator", created.entityId(), null, created);
            return created;
        });
    }
}
