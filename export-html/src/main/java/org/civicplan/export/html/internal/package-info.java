/**
 * Implementation of the dashboard: escaping, the page template, the inline SVG charts and the
 * choice of programs, plans and review period. Not an API: may change in any release.
 */
package org.civicplan.export.html.internal;
