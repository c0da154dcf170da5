package org.civicplan.validation;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.validation.internal.BuiltInConstraints;
import org.civicplan.validation.internal.Calibration;
import org.civicplan.validation.internal.CheckContext;
import org.civicplan.validation.internal.ContextRules;
import org.civicplan.validation.internal.Hit;
import org.civicplan.validation.internal.IndicatorRules;
import org.civicplan.validation.internal.ItemRules;
import org.civicplan.validation.internal.Located;
import org.civicplan.validation.internal.Messages;
import org.civicplan.validation.internal.NearDuplicates;
import org.civicplan.validation.internal.PlanFacts;
import org.civicplan.validation.internal.PlanSlice;
import org.civicplan.validation.internal.PortfolioRules;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clarity check ("rõ người, rõ việc, rõ nguồn lực" and the six clears): for every item of a
 * portfolio or plan, eight dimensions, each reported separately; for every indicator, whether it can
 * be weighed and counted; for the portfolio as a whole, duplicates, dependency cycles, indicator
 * coverage, cascaded unit plans and the common program template.
 *
 * <p>Per-object rules are the Bean Validation constraints declared on the core model ({@code
 * @ClearPerson} … on {@code Item}, {@code @MeasurableIndicator} on {@code Indicator}), so a caller
 * validating one object with any {@link Validator} gets the same hits. When the check's validator has
 * nothing but those constraints on a type, the check runs their rules directly, without the Bean
 * Validation engine (same findings, a fraction of the cost over a whole portfolio); when an embedding
 * system has added constraints of its own to the type (a mapping, a replacement validator), every
 * object of that type goes through the validator, and each violation of a foreign constraint becomes
 * a finding of rule {@link Rule#CUSTOM}. Rules that need context (the unit directory, the program
 * period, the other items) run next to them. The check never throws on odd data: every oddity is a
 * finding. It is linear in the size of the portfolio (bar one sort for the repeated-task search) and
 * thread-safe.
 *
 * <p>The check reads each plan as an official who knows that kind of document would (issue 17): the
 * {@link Profile} of the plan (from its number and symbol, or the caller's) decides what a row must
 * state; the row's own words decide whether it is a one-off act or a standing duty, whether they bind
 * it in time and name its output; a sole lead that names no one, boilerplate, a deadline before the
 * document that sets it, a legislature leading an executive task and the same task twice are
 * reported; and one defect gives one finding. A validator on one {@code Item} still applies the
 * plain rules, as a structured appendix row of a program plan. Calibrated on the labelled corpus of
 * real rows in the tests ({@code CorpusEvaluationTest} prints precision and recall per dimension).
 *
 * <p>From 20,000 items on, on a machine with more than one processor, a check whose item rules run
 * directly uses the {@linkplain ForkJoinPool#commonPool() common fork-join pool} next to the
 * calling thread: the portfolio rules run beside the per-item rules, and the items are checked in
 * chunks. The report is the same as on one thread: findings in item order. A validator with
 * constraints of its own keeps the whole check on the calling thread.
 *
 * <pre>{@code
 * ClarityCheck check = ClarityCheck.create();
 * ClarityReport report = check.check(portfolio, planId); // or check.check(store, planId)
 * if (!report.readyFor(Stage.SUBMISSION)) {
 *     System.out.println(report.toText(Lang.VI));
 * }
 * }</pre>
 */
public final class ClarityCheck {
    private static final Logger log = LoggerFactory.getLogger(ClarityCheck.class);
    private static final Class<?>[] ALL_STAGES = {
        Stage.Draft.class, Stage.Submission.class, Stage.Issue.class, jakarta.validation.groups.Default.class
    };

    /** From this many items, the items are checked on the common fork-join pool as well. */
    static final int PARALLEL_FROM = 20_000;

    private static final int CHUNK = 2_048;
    private static final Comparator<Hit> BY_RULE_THEN_PATH =
            Comparator.comparing(Hit::rule).thenComparing(Hit::path);

    private final Supplier<Validator> validator;
    private final boolean itemsDirect;
    private final boolean indicatorsDirect;
    private final int parallelFrom;
    private final Messages messages = new Messages();
    private final Calibration calibration = new Calibration();

    /**
     * @param validator a validator with the civicplan constraint validators registered, e.g. from
     *     {@link CivicValidation#validatorFactory()}; its message locale does not matter, the check
     *     renders every message in both languages. Its metadata is read once, here, to tell whether
     *     it adds constraints of its own to {@code Item} or {@code Indicator}.
     */
    @Inject
    public ClarityCheck(Validator validator) {
        this(validator, true, defaultParallelFrom());
    }

    /**
     * @param direct false to send every per-object rule through the validator even when it has no
     *     constraints of its own (tests compare both ways)
     * @param parallelFrom from how many items to use the common pool as well (when the item rules run
     *     directly), whatever the number of processors
     */
    ClarityCheck(Validator validator, boolean direct, int parallelFrom) {
        this(
                given(requireNonNull(validator, "validator is null")),
                direct && BuiltInConstraints.onlyOnItems(validator),
                direct && BuiltInConstraints.onlyOnIndicators(validator),
                parallelFrom);
    }

    private ClarityCheck(
            Supplier<Validator> validator, boolean itemsDirect, boolean indicatorsDirect, int parallelFrom) {
        this.validator = validator;
        this.parallelFrom = parallelFrom;
        this.itemsDirect = itemsDirect;
        this.indicatorsDirect = indicatorsDirect;
        log.debug(
                "clarity check: item rules run {}, indicator rules {}",
                itemsDirect ? "directly" : "through the validator (it has constraints of its own)",
                indicatorsDirect ? "directly" : "through the validator (it has constraints of its own)");
    }

    /**
     * A check with its own validator factory, for use without dependency injection. The factory is
     * bootstrapped when first needed: when it can hold nothing but the civicplan constraints (no
     * {@code META-INF/validation.xml}, no constraint validator of another registered as a service),
     * the check runs their rules directly and only {@link #validator()} bootstraps it.
     */
    public static ClarityCheck create() {
        if (DefaultValidator.onlyCivicplanConstraints()) {
            return new ClarityCheck(new DefaultValidator(), true, true, defaultParallelFrom());
        }
        ValidatorFactory factory = CivicValidation.validatorFactory();
        return new ClarityCheck(factory.getValidator());
    }

    private static int defaultParallelFrom() {
        return Runtime.getRuntime().availableProcessors() > 1 ? PARALLEL_FROM : Integer.MAX_VALUE;
    }

    private static Supplier<Validator> given(Validator validator) {
        return () -> validator;
    }

    /** Whether the check has its validator yet ({@link #create()} bootstraps it only when needed). */
    boolean hasValidator() {
        return !(validator instanceof DefaultValidator lazy) || lazy.built();
    }

    /** Checks every item, indicator, plan and program of the portfolio. */
    public ClarityReport check(Portfolio portfolio) {
        requireNonNull(portfolio, "portfolio is null");
        return run(portfolio, portfolio.items(), portfolio.indicators(), null, Optional.empty());
    }

    /**
     * Checks one plan: its items, the indicators they link, and the portfolio findings that concern
     * the plan (its duplicates, cycles through its items, its cascade). Context (units, program
     * period, prerequisites in other plans) comes from the portfolio.
     */
    public ClarityReport check(Portfolio portfolio, PlanId plan) {
        return check(portfolio, plan, Optional.empty());
    }

    /**
     * Checks one plan as {@link #check(Portfolio, PlanId)} does, under the profile the caller sets
     * instead of the one its number and symbol give ({@link Profile#of}): for a plan not yet numbered,
     * or a document whose type the symbol does not tell.
     */
    public ClarityReport check(Portfolio portfolio, PlanId plan, Profile profile) {
        return check(portfolio, plan, Optional.of(requireNonNull(profile, "profile is null")));
    }

    private ClarityReport check(Portfolio portfolio, PlanId plan, Optional<Profile> profile) {
        requireNonNull(portfolio, "portfolio is null");
        requireNonNull(plan, "plan is null");
        List<Item> items =
                portfolio.items().stream().filter(i -> i.plan().equals(plan)).toList();
        Set<IndicatorCode> linked = new HashSet<>();
        items.forEach(i -> linked.addAll(i.indicators()));
        List<Indicator> indicators = portfolio.indicators().stream()
                .filter(i -> linked.contains(i.code()))
                .toList();
        return run(portfolio, items, indicators, plan, profile);
    }

    /**
     * Checks one plan of a store without reading the whole portfolio: it reads the plan, the plans it
     * cascades from (up to its program) and those cascading from it, that program, the plan's items
     * and the items they need first (transitively), the units those items name and the indicators
     * they link, by key and by plan — never {@link PortfolioStore#snapshot()} or a repository's
     * {@code all()}. For a plan of thousands in a large portfolio, this is a few reads instead of
     * the whole portfolio.
     *
     * <p>The findings are those of {@link #check(Portfolio, PlanId)} on the store's snapshot, taken
     * in the order this check reads: the plan's items in appendix order (by number, then id), its
     * indicators in the order they are first linked. Where the whole-portfolio check depends on the
     * snapshot's order (which the store does not define), this one follows its own: of two items
     * with one number, the later in appendix order is the duplicate; a dependency cycle through
     * items of several plans is reported on the plan's first item in it (the whole-portfolio check
     * reports it on the cycle's first item in the snapshot, which may belong to another plan). The
     * reads are not one transaction: a write made meanwhile may be seen in part.
     *
     * @throws org.civicplan.core.NoSuchEntityException when the store has no such plan
     */
    public ClarityReport check(PortfolioStore store, PlanId plan) {
        requireNonNull(store, "store is null");
        requireNonNull(plan, "plan is null");
        PlanSlice slice = PlanSlice.read(store, plan);
        return run(slice.portfolio(), slice.items(), slice.indicators(), plan, Optional.empty());
    }

    /** The Bean Validation validator the check uses (for {@link #create()}'s, bootstrapped now if not yet). */
    public Validator validator() {
        return validator.get();
    }

    private ClarityReport run(
            Portfolio portfolio, List<Item> items, List<Indicator> indicators, PlanId only, Optional<Profile> profile) {
        long started = System.nanoTime();
        CheckContext context = new CheckContext(portfolio);
        // every item's title folded once, for the plan facts and the calibrated rules
        String[] foldedTitles = PlanFacts.foldedTitles(items);
        Map<PlanId, PlanFacts> facts = PlanFacts.of(items, foldedTitles, context, profile);
        // only civicplan's own rules run on other threads: a validator with constraints of its own
        // (which may rely on the caller's thread: locale, security context) stays on this one
        boolean parallel = itemsDirect && items.size() >= parallelFrom;
        // the context is complete and only read from here on, so other threads may share it
        ForkJoinTask<List<Located>> whole =
                parallel ? ForkJoinPool.commonPool().submit(() -> PortfolioRules.check(portfolio, context)) : null;
        List<Finding> findings;
        if (parallel) {
            int chunks = (items.size() + CHUNK - 1) / CHUNK;
            // an ordered stream: the findings come out in item order whichever thread checked them
            findings = IntStream.range(0, chunks)
                    .parallel()
                    .mapToObj(c -> itemFindings(
                            items, c * CHUNK, Math.min(items.size(), (c + 1) * CHUNK), foldedTitles, context, facts))
                    .flatMap(List::stream)
                    .collect(Collectors.toCollection(ArrayList::new));
        } else {
            findings = itemFindings(items, 0, items.size(), foldedTitles, context, facts);
        }
        for (Indicator indicator : indicators) {
            List<Hit> indicatorHits = indicatorsDirect ? IndicatorRules.check(indicator) : beanHits(indicator);
            if (indicatorHits.isEmpty()) {
                continue;
            }
            indicatorHits.sort(Comparator.comparing(Hit::rule));
            Subject subject =
                    Subject.of(Subject.Kind.INDICATOR, indicator.code().value());
            for (Hit hit : indicatorHits) {
                String path = "indicators[" + indicator.code().value() + "]." + hit.path();
                findings.add(finding(subject, path, hit));
            }
        }
        List<Located> portfolioHits =
                new ArrayList<>(whole != null ? whole.join() : PortfolioRules.check(portfolio, context));
        portfolioHits.addAll(NearDuplicates.find(context, only == null ? null : items));
        for (Located l : portfolioHits) {
            if (only == null || l.subject().plan().filter(only::equals).isPresent()) {
                findings.add(finding(l.subject(), l.path(), l.hit()));
            }
        }
        Map<PlanId, Profile> profiles = new LinkedHashMap<>();
        Map<PlanId, String> documents = new LinkedHashMap<>();
        for (Item item : items) {
            PlanFacts f = facts.get(item.plan());
            profiles.putIfAbsent(item.plan(), f.profile());
            documents.putIfAbsent(item.plan(), f.document());
        }
        ClarityReport report = new ClarityReport(items, findings, profiles, documents);
        log.debug(
                "clarity check of {} items, {} indicators: {} findings in {} ms",
                items.size(),
                indicators.size(),
                findings.size(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /**
     * The findings of the per-item and context rules of {@code items} from {@code from} (inclusive) to
     * {@code to} (exclusive), in order.
     */
    private List<Finding> itemFindings(
            List<Item> items,
            int from,
            int to,
            String[] foldedTitles,
            CheckContext context,
            Map<PlanId, PlanFacts> facts) {
        List<Finding> findings = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Item item = items.get(i);
            hits.clear();
            Optional<LocalDate> due = item.dueDate();
            if (itemsDirect) {
                ItemRules.all(item, due, hits);
            } else {
                hits.addAll(beanHits(item));
            }
            ContextRules.check(item, due, context, hits);
            calibration.apply(item, foldedTitles[i], due, facts.get(item.plan()), context, hits);
            if (hits.isEmpty()) {
                continue;
            }
            // the validator's violations come as a set; order by rule, then path, for stable reports
            // (paths share the item's prefix, so ordering by the relative path is the same)
            hits.sort(BY_RULE_THEN_PATH);
            Subject subject = PortfolioRules.subject(item);
            for (Hit hit : hits) {
                findings.add(finding(subject, PortfolioRules.path(item, hit.path()), hit));
            }
        }
        return findings;
    }

    private <T> List<Hit> beanHits(T bean) {
        List<Hit> hits = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.get().validate(bean, ALL_STAGES)) {
            HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
            Hit hit = hv.getDynamicPayload(Hit.class);
            if (hit != null) {
                hits.add(hit);
            } else {
                // a constraint that is not ours (the embedding system's own, or a standard one): report it
                // under the CUSTOM rule with the message its validator interpolated, as text
                String path = violation.getPropertyPath().toString();
                hits.add(Hit.on(Rule.CUSTOM, path.isEmpty() ? "custom" : path)
                        .param(
                                "constraint",
                                violation
                                        .getConstraintDescriptor()
                                        .getAnnotation()
                                        .annotationType()
                                        .getSimpleName())
                        .param("message", violation.getMessage())
                        .build());
            }
        }
        return hits;
    }

    private Finding finding(Subject subject, String path, Hit hit) {
        return new Finding(hit.rule(), subject, path, messages.format(hit.rule(), hit.params()));
    }
}
