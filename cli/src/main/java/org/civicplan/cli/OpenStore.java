package org.civicplan.cli;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.spi.PortfolioStore;

/** A store opened from a {@code --store} argument, with whatever must be closed after it. */
record OpenStore(PortfolioStore store, String description, AutoCloseable resources) implements AutoCloseable {
    OpenStore {
        requireNonNull(store, "store is null");
        requireNonNull(description, "description is null");
        requireNonNull(resources, "resources is null");
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
