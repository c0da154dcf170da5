package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.storage.json.internal.StoreDocs.Meta;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;

/**
 * The portfolio as a whole: {@code portfolio.json} (its id and name), importing a portfolio into the
 * store and taking a snapshot of it.
 */
public final class PortfolioRepo {
    private final Store store;
    private final DocumentFiles documents;
    private final PortfolioId portfolio;
    private final Repos repos;

    /** The repositories a whole portfolio is spread over. */
    public record Repos(
            UnitRepo units,
            ProgramRepo programs,
            IndicatorRepo indicators,
            PlanRepo plans,
            ItemRepo items,
            MeasurementRepo measurements,
            ReportRepo reports,
            AdjustmentRepo adjustments) {
        public Repos(Store store) {
            this(
                    new UnitRepo(store),
                    new ProgramRepo(store),
                    new IndicatorRepo(store),
                    new PlanRepo(store),
                    new ItemRepo(store),
                    new MeasurementRepo(store),
                    new ReportRepo(store),
                    new AdjustmentRepo(store));
        }
    }

    public PortfolioRepo(Store store, Repos repos) {
        this.store = store;
        this.documents = store.documents();
        this.portfolio = store.portfolio();
        this.repos = repos;
    }

    /**
     * Writes {@code portfolio.json} for a new store; refuses a directory that holds another
     * portfolio. An unreadable file is left alone (it is listed as a problem).
     */
    public void open() {
        Meta meta;
        try {
            meta = documents.load(documents.meta(), PortfolioCodec.META);
        } catch (UnableToStoreException e) {
            return;
        }
        if (meta == null) {
            store.write(() -> {
                documents.stage(documents.meta(), PortfolioCodec.META, new Meta(0, portfolio, portfolio.value()));
                return null;
            });
        } else if (!meta.id().equals(portfolio)) {
            throw new UnableToStoreException(Message.of(
                    "Thư mục " + store.dir() + " chứa danh mục \"" + meta.id() + "\", không phải \"" + portfolio + "\"",
                    "The directory " + store.dir() + " holds portfolio \"" + meta.id() + "\", not \"" + portfolio
                            + "\""));
        }
    }

    /** The portfolio's display name; its id when {@code portfolio.json} is missing or unreadable. */
    public String name() {
        try {
            Meta meta = documents.load(documents.meta(), PortfolioCodec.META);
            return meta == null ? portfolio.value() : meta.name();
        } catch (UnableToStoreException e) {
            return portfolio.value();
        }
    }

    public void importPortfolio(Portfolio p) {
        store.write(() -> {
            p.units().forEach(repos.units()::save);
            p.programs().forEach(repos.programs()::create);
            p.plans().forEach(repos.plans()::create);
            p.indicators().forEach(repos.indicators()::create);
            repos.items().createAll(p.items());
            repos.measurements().recordAll(p.measurements());
            p.reports().forEach(repos.reports()::create);
            p.adjustments().forEach(repos.adjustments()::create);
            Meta meta = documents.loadOrSkip(documents.meta(), PortfolioCodec.META);
            documents.stage(
                    documents.meta(),
                    PortfolioCodec.META,
                    new Meta(meta == null ? 0 : meta.documentVersion(), portfolio, p.name()));
            return null;
        });
    }

    public Portfolio snapshot() {
        return store.read(() -> {
            List<Program> programList = new ArrayList<>();
            List<Indicator> indicatorList = new ArrayList<>();
            for (ProgramDoc d : repos.programs().docs()) {
                if (d.program() != null) {
                    programList.add(d.program());
                }
                indicatorList.addAll(d.indicators().values());
            }
            List<Plan> planList = new ArrayList<>();
            List<Item> itemList = new ArrayList<>();
            for (PlanDoc d : repos.plans().docs()) {
                if (d.plan() != null) {
                    planList.add(d.plan());
                }
                itemList.addAll(d.items().values());
            }
            List<Measurement> measurementList = new ArrayList<>();
            repos.measurements().forEach(measurementList::add);
            return new Portfolio(
                    portfolio,
                    name(),
                    repos.units().all(),
                    programList,
                    planList,
                    itemList,
                    indicatorList,
                    measurementList,
                    repos.reports().all(),
                    repos.adjustments().all());
        });
    }

    /** Reads every file once, so that unreadable ones are listed as problems, and logs them. */
    public void checkAll() {
        repos.units().check();
        repos.programs().docs();
        repos.plans().docs();
        repos.reports().docs();
        repos.adjustments().docs();
        repos.measurements().check();
        documents.logProblems();
    }
}
