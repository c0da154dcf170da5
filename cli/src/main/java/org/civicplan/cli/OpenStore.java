package org.civicplan.cli;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.spi.PortfolioStore;

/** A store opened from a {@code --store} argument, with whatever must be closed after it. */
record OpenStore(PortfolioStore store, String description, Closer resources) implements AutoCloseable {
    OpenStore {
        requireNonNull(store, "store is null");
        requireNonNull(description, "description is null");
        requireNonNull(resources, "resources is null");
    }

    /** What must be closed after the store (a pool, a report of skipped files); throws no checked exception. */
    @FunctionalInterface
    interface Closer {
        void close();
    }

    /** The store's files that could not be read and were skipped (a JSON store only), as of now. */
    java.util.List<org.civicplan.storage.json.StoreProblem> skipped() {
        return store instanceof org.civicplan.storage.json.JsonFileStore json ? json.problems() : java.util.List.of();
    }

    @Override
    public void close() {
        resources.close();
    }
}
