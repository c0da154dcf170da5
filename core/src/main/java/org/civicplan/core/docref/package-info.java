/**
 * References to official documents by number and symbol ("186/KH-UBND"), the document types and
 * issuing-body scopes they encode, and how they are parsed and written.
 *
 * <p>May use: the root package (exceptions, messages) and {@code text}; never the model, which
 * refers to documents through these types.
 */
package org.civicplan.core.docref;
