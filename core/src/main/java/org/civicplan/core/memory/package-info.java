/** The in-memory store: for tests and small embeddings that keep their data elsewhere. */
package org.civicplan.core.memory;
