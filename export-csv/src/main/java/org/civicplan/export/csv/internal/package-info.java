/**
 * Implementation of the CSV exports: the writer set up for Excel (UTF-8 with a byte order mark,
 * RFC 4180 quoting, CRLF). The choice of plans is core's {@code ExportScope}. Not an API: may
 * change in any release.
 */
package org.civicplan.export.csv.internal;
