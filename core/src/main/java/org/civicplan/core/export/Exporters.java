package org.civicplan.core.export;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.spi.Exporter;

/** The exporters available, by format name. */
public final class Exporters {
    private final Map<String, Exporter> byFormat;

    @Inject
    public Exporters(Map<String, Exporter> byFormat) {
        this.byFormat = new TreeMap<>(requireNonNull(byFormat, "byFormat is null"));
    }

    public static Exporters of(Exporter... exporters) {
        Map<String, Exporter> map = new TreeMap<>();
        for (Exporter exporter : exporters) {
            if (map.put(exporter.format(), exporter) != null) {
                throw new InvalidInputException(Message.of(
                        "hai bộ xuất cho cùng định dạng \"" + exporter.format() + "\": đăng ký mỗi định dạng một lần",
                        "two exporters for format \"" + exporter.format() + "\": register each format once"));
            }
        }
        return new Exporters(map);
    }

    public Set<String> formats() {
        return new TreeSet<>(byFormat.keySet());
    }

    /** The exporter for {@code format}; an unknown format is an error listing the known ones. */
    public Exporter get(String format) {
        Exporter exporter = byFormat.get(format);
        if (exporter == null) {
            throw new InvalidInputException(Message.of(
                    "Không có định dạng xuất \"" + format + "\" (các định dạng có: " + String.join(", ", formats())
                            + ")",
                    "No exporter for format \"" + format + "\" (available: " + String.join(", ", formats()) + ")"));
        }
        return exporter;
    }
}
