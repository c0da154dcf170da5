package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.storage.json.internal.Codec;
import org.civicplan.storage.json.internal.MeasurementCodec;
import org.civicplan.storage.json.internal.ObjectWriter;
import org.civicplan.storage.json.internal.PortfolioCodec;
import tools.jackson.core.JsonGenerator;

/**
 * Exports a portfolio (or one plan with its program, indicators, items, reports and adjustments)
 * in the civicplan JSON format, version 1. Measurements are streamed from the store one at a time,
 * so a large portfolio is never held in memory as a whole.
 */
public final class JsonExporter implements Exporter {
    private final Codec codec = new Codec(JsonReadLimits.DEFAULT);

    @Inject
    public JsonExporter() {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        PortfolioStore store = request.store();
        List<Program> programs;
        List<Plan> plans;
        List<Item> items;
        List<Indicator> indicators;
        List<ProgressReport> reports;
        List<Adjustment> adjustments;
        if (request.plan().isPresent()) {
            Plan plan = store.plans().get(request.plan().get());
            plans = List.of(plan);
            programs = plan.program().flatMap(id -> store.programs().find(id)).stream()
                    .toList();
            items = store.items().byPlan(plan.id());
            indicators =
                    plan.program().map(id -> store.indicators().byProgram(id)).orElse(List.of());
            reports = new ArrayList<>();
            plan.program().ifPresent(id -> store.reports().all().stream()
                    .filter(r -> r.program().equals(id))
                    .forEach(reports::add));
            Set<ItemId> ids = new HashSet<>();
            items.forEach(i -> ids.add(i.id()));
            adjustments = store.adjustments().all().stream()
                    .filter(a -> ids.contains(a.item()))
                    .toList();
        } else {
            programs = store.programs().all();
            plans = store.plans().all();
            items = store.items().all();
            indicators = store.indicators().all();
            reports = store.reports().all();
            adjustments = store.adjustments().all();
        }
        Set<IndicatorCode> wanted = new HashSet<>();
        indicators.forEach(i -> wanted.add(i.code()));
        boolean all = request.plan().isEmpty();
        String name = store instanceof JsonFileStore files
                ? files.name()
                : store.portfolio().value();
        codec.write(
                out,
                w -> PortfolioCodec.write(
                        w,
                        store.portfolio(),
                        name,
                        sorted(store.units().all(), Comparator.comparing(u -> u.code())),
                        sorted(programs, Comparator.comparing(Program::id)),
                        sorted(plans, Comparator.comparing(Plan::id)),
                        sorted(
                                items,
                                Comparator.comparing(Item::plan)
                                        .thenComparingInt(Item::number)
                                        .thenComparing(Item::id)),
                        sorted(indicators, Comparator.comparing(Indicator::code)),
                        x -> writeMeasurements(store, x, all, wanted),
                        sorted(reports, Comparator.comparing(ProgressReport::id)),
                        sorted(adjustments, Comparator.comparing(Adjustment::id))));
    }

    private static void writeMeasurements(
            PortfolioStore store, ObjectWriter w, boolean all, Set<IndicatorCode> wanted) {
        JsonGenerator g = w.generator();
        boolean[] started = {false};
        store.measurements().forEach(m -> {
            if (!all && !wanted.contains(m.indicator())) {
                return;
            }
            if (!started[0]) {
                g.writeName("measurements");
                g.writeStartArray();
                started[0] = true;
            }
            MeasurementCodec.write(w, m);
        });
        if (started[0]) {
            g.writeEndArray();
        }
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return copy;
    }
}
