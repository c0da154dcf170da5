package org.civicplan.core.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.MapBinder;
import org.civicplan.core.spi.Exporter;

/**
 * Registers exporters by format name: {@code exporterBinder(binder).addExporter("xlsx").to(XlsxExporter.class)}.
 * Two exporters for one format fail when the injector is built.
 */
public final class ExporterBinder {
    private final MapBinder<String, Exporter> exporters;

    private ExporterBinder(Binder binder) {
        this.exporters = MapBinder.newMapBinder(
                requireNonNull(binder, "binder is null").skipSources(ExporterBinder.class),
                String.class,
                Exporter.class);
    }

    public static ExporterBinder exporterBinder(Binder binder) {
        return new ExporterBinder(binder);
    }

    public LinkedBindingBuilder<Exporter> addExporter(String format) {
        return exporters.addBinding(format);
    }
}
