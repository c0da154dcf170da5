/**
 * Implementation of the civicplan JSON format and the file store; not an API. Reading goes through
 * {@link org.civicplan.storage.json.internal.TreeReader}, which builds a small tree that remembers
 * where each value was (line, column, JSON pointer), so {@link
 * org.civicplan.storage.json.internal.ModelReader} can report every problem precisely and keep
 * going; writing goes straight to a Jackson generator ({@link
 * org.civicplan.storage.json.internal.ModelWriter}), with no intermediate objects.
 */
package org.civicplan.storage.json.internal;
