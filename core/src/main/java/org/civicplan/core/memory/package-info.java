/**
 * The in-memory store: for tests and small embeddings that keep their data elsewhere.
 *
 * <p>May use: the root package, {@code model}, {@code period} and the extension points it
 * implements ({@code spi}); never a service or the review computation.
 */
package org.civicplan.core.memory;
