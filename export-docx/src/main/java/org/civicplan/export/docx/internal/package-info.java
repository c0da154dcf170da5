/**
 * Implementation of the Word export: the WordprocessingML parts written by hand and the appendix
 * layout. The sections, cell texts, choice of plans and the non-closing output come from core
 * ({@code org.civicplan.core.export}, {@code ExportScope}). Not an API: may change in any release.
 */
package org.civicplan.export.docx.internal;
