package org.civicplan.examples.embedding;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;

/**
 * A city system's own exporter, plugged in by format name: how many items each unit leads, as a
 * plain-text table (the kind of list a district office pins on its board).
 */
public final class UnitWorkloadExporter implements Exporter {
    public static final String FORMAT = "unit-workload";

    @Inject
    public UnitWorkloadExporter() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        UnitDirectory units = request.store().units().directory();
        Map<String, Integer> led = new TreeMap<>();
        for (Item item : request.plan()
                .map(p -> request.store().items().byPlan(p))
                .orElseGet(() -> request.store().items().all())) {
            String lead = item.assignment().lead().map(UnitCode::value).orElse("?");
            led.merge(lead, 1, Integer::sum);
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(request.lang().pick("Đơn vị chủ trì\tSố nhiệm vụ\n", "Lead unit\tItems\n"));
            for (Map.Entry<String, Integer> e : led.entrySet()) {
                String name = e.getKey().equals("?")
                        ? request.lang().pick("(chưa rõ)", "(unclear)")
                        : units.nameOf(UnitCode.of(e.getKey()));
                w.write(name + "\t" + e.getValue() + "\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
