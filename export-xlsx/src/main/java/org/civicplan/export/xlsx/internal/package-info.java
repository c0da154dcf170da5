/**
 * Implementation of the spreadsheet export: sheet layout, styles and the choice of plans,
 * programs and review period. Not an API: may change in any release.
 */
package org.civicplan.export.xlsx.internal;
