/**
 * Implementation of the Word export: the WordprocessingML parts written by hand and the appendix
 * layout. Not an API: may change in any release.
 */
package org.civicplan.export.docx.internal;
