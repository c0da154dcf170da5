/**
 * Implementation of the dashboard. {@link org.civicplan.export.html.internal.DashboardWriter} writes
 * the page and, per program, its sections, each its own class: counts at a glance, the timeline,
 * indicator bars, the unit scorecard and the item table. All markup goes through
 * {@link org.civicplan.export.html.internal.Html}, which escapes every piece of data; SVG
 * coordinates through {@code Svg}, numbers and dates through
 * {@link org.civicplan.export.html.internal.Numbers}. Not an API: may change in any release.
 */
package org.civicplan.export.html.internal;
