package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.CivicTime;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.PortfolioStore;

/**
 * What officials do with a portfolio: define programs and indicators, draft and issue plans,
 * register and assign items, record progress and indicator values, propose adjustments and decide
 * them, and ask the everyday questions (a unit's items, what is overdue, what feeds an indicator).
 *
 * <p>Every write names its {@link Actor}, is checked by the {@link AccessPolicy} before anything
 * changes, runs in one store transaction, and appends an audit entry with the fields changed. Dates
 * are judged by the injected clock (Vietnam's zone by default).
 *
 * <p>This class is the entry point; the writes are carried out by one package-private class per
 * group of use cases (directory, plans and items, adjustments), the questions by the store.
 */
public final class PlanService {
    private final PortfolioStore store;
    private final Clock clock;
    private final DirectoryCommands directory;
    private final PlanCommands plans;
    private final AdjustmentCommands adjustments;

    @Inject
    public PlanService(PortfolioStore store, AccessPolicy policy, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.directory = new DirectoryCommands(store, policy, clock);
        this.plans = new PlanCommands(store, policy, clock);
        this.adjustments = new AdjustmentCommands(store, policy, clock);
    }

    /** A service with the standard access rules and the system clock in Vietnam's zone. */
    public static PlanService of(PortfolioStore store) {
        return new PlanService(store, new StandardAccessPolicy(), CivicTime.systemClock());
    }

    /**
     * The store itself: the trusted path. Its repositories write without asking the access policy
     * and without an audit entry; they are for the system's own work (importing a portfolio file,
     * migrations, an administrator's repair, tests), never for what an official asks for, which goes
     * through this service's methods. Reads through it are as good as through the service. See
     * docs/embedding.md, "The trusted path".
     */
    public PortfolioStore store() {
        return store;
    }

    public LocalDate today() {
        return CivicTime.today(clock);
    }

    // ---- directory ----------------------------------------------------------------------------

    public void saveUnit(Actor actor, OrgUnit unit) {
        directory.saveUnit(actor, unit);
    }

    public Program createProgram(Actor actor, Program program) {
        return directory.createProgram(actor, program);
    }

    public Program updateProgram(Actor actor, Program program) {
        return directory.updateProgram(actor, program);
    }

    public Indicator defineIndicator(Actor actor, Indicator indicator) {
        return directory.defineIndicator(actor, indicator);
    }

    // ---- plans --------------------------------------------------------------------------------

    public Plan createPlan(Actor actor, Plan plan) {
        return plans.createPlan(actor, plan);
    }

    /** Edits a plan's text while it is not issued; after issue, items change only through adjustments. */
    public Plan updatePlan(Actor actor, Plan plan) {
        return plans.updatePlan(actor, plan);
    }

    /**
     * Moves a plan along draft → consultation → submitted → issued (or back to draft before issue).
     * Issuing needs the number and symbol it is issued under.
     */
    public Plan advancePlan(
            Actor actor, PlanId id, long expectedVersion, PlanStatus next, Optional<DocumentRef> document) {
        return plans.advancePlan(actor, id, expectedVersion, next, document);
    }

    // ---- items --------------------------------------------------------------------------------

    /** Registers an item in a plan's appendix while the plan is not issued. */
    public Item registerItem(Actor actor, Item item) {
        return plans.registerItem(actor, item);
    }

    /** Edits an item of a plan that is not yet issued. */
    public Item updateItem(Actor actor, Item item) {
        return plans.updateItem(actor, item);
    }

    /** Sets who leads, coordinates and answers for an item, and its resources. */
    public Item assign(Actor actor, ItemId id, long expectedVersion, Assignment assignment) {
        return plans.assign(actor, id, expectedVersion, assignment);
    }

    /**
     * Records the standing agency's decision on an item's status (units report through {@link
     * ReportService}, whose approval moves the item: see {@link org.civicplan.core.review.ItemStates}).
     * Done needs the completion date (today if not given); overdue is never recorded, it is derived
     * ({@link #stateOf(Item)}).
     */
    public Item recordProgress(
            Actor actor, ItemId id, long expectedVersion, ItemStatus status, Optional<LocalDate> completedOn) {
        return plans.recordProgress(actor, id, expectedVersion, status, completedOn);
    }

    /** Records (or replaces) an indicator value for a period. */
    public void recordMeasurement(Actor actor, Measurement measurement) {
        plans.recordMeasurement(actor, measurement);
    }

    // ---- adjustments ----------------------------------------------------------------------------

    /** Proposes a change to an item, with a reason ("đề xuất điều chỉnh"). Nothing changes until it is accepted. */
    public Adjustment proposeAdjustment(Actor actor, ItemId id, Item proposed, String reason) {
        return adjustments.proposeAdjustment(actor, id, proposed, reason);
    }

    /**
     * Accepts a proposal: the item is re-registered as the next revision with the proposed content;
     * the old revision stays in its history. A proposal made against an older revision is a conflict.
     */
    public Item acceptAdjustment(Actor actor, AdjustmentId id, String note) {
        return adjustments.acceptAdjustment(actor, id, note);
    }

    public Adjustment rejectAdjustment(Actor actor, AdjustmentId id, String reason) {
        return adjustments.rejectAdjustment(actor, id, reason);
    }

    // ---- queries --------------------------------------------------------------------------------

    public List<Item> itemsOfPlan(PlanId plan) {
        return store.items().byPlan(plan);
    }

    /** Items the unit leads or coordinates. */
    public List<Item> itemsOfUnit(UnitCode unit) {
        return store.items().byUnit(unit);
    }

    /** Items overdue as of a date. */
    public List<Item> overdue(LocalDate asOf) {
        return store.items().overdue(asOf);
    }

    /** Items overdue today, by the service's clock. */
    public List<Item> overdue() {
        return overdue(today());
    }

    public List<Item> contributingTo(IndicatorCode indicator) {
        return store.items().contributingTo(indicator);
    }

    /** Every registered revision of an item, oldest first. */
    public List<Item> history(ItemId item) {
        return store.items().history(item);
    }

    public List<AuditEntry> auditTrail(String entityType, String entityId) {
        return store.audit().forEntity(entityType, entityId);
    }

    /** The item's effective state today. */
    public ProgressState stateOf(Item item) {
        return item.stateOn(today());
    }
}
