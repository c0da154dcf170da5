/**
 * How the appendix reader works: file checks and limits, the xlsx and docx row sources, header
 * recognition, row classification and the cell readers. Not an API; nothing public names these
 * types.
 */
package org.civicplan.appendix.internal;
