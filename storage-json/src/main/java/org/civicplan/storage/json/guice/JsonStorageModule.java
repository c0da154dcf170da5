package org.civicplan.storage.json.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import java.nio.file.Path;
import org.civicplan.core.guice.CivicPlanBinder;
import org.civicplan.core.guice.ExporterBinder;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.json.JsonExporter;
import org.civicplan.storage.json.JsonFileStore;

/**
 * Keeps the portfolio in a directory of JSON files ({@link JsonFileStore}) and registers the
 * {@code "json"} exporter. Use with {@code CivicPlanModule}: {@code CivicPlan.createInjector(new
 * CivicPlanModule(id), new JsonStorageModule(directory))}.
 */
public final class JsonStorageModule implements Module {
    private final Path directory;

    public JsonStorageModule(Path directory) {
        this.directory = requireNonNull(directory, "directory is null");
    }

    @Override
    public void configure(Binder binder) {
        CivicPlanBinder.civicPlanBinder(binder).bindStore().to(JsonFileStore.class);
        ExporterBinder.exporterBinder(binder).addExporter("json").to(JsonExporter.class);
        binder.bind(JsonExporter.class).in(Scopes.SINGLETON);
    }

    @Provides
    @Singleton
    JsonFileStore jsonFileStore(PortfolioId portfolio) {
        return JsonFileStore.open(directory, portfolio);
    }
}
