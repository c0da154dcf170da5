package org.civicplan.core.memory;

import java.util.function.Supplier;

/**
 * The one lock that serialises every operation of an {@link InMemoryPortfolioStore}: repositories
 * synchronise on this object, and {@link #transaction} runs work under it, restoring the state
 * if the outermost transaction's work throws. Nested transactions join the outer one.
 */
final class StoreLock {
    private final MemoryState state;
    private int depth;

    StoreLock(MemoryState state) {
        this.state = state;
    }

    <T> T transaction(Supplier<T> work) {
        synchronized (this) {
            if (depth > 0) {
                return work.get();
            }
            MemoryState backup = state.copy();
            depth++;
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                state.restore(backup);
                throw e;
            } finally {
                depth--;
            }
        }
    }
}
