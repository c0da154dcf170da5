package org.civicplan.export.html.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;

/**
 * What every section of the dashboard writes with and reads from: the HTML being written, the
 * request, its language (shown first; both are in the page), the unit names and the one date every
 * section judges deadlines against ({@link ExportScope#judgedOn}).
 */
record Page(Html html, ExportRequest request, Lang lang, UnitDirectory units, LocalDate asOf) {
    Page {
        requireNonNull(html, "html is null");
        requireNonNull(request, "request is null");
        requireNonNull(lang, "lang is null");
        requireNonNull(units, "units is null");
        requireNonNull(asOf, "asOf is null");
    }

    Page(Html html, ExportRequest request) {
        this(html, request, request.lang(), request.store().units().directory(), ExportScope.judgedOn(request));
    }

    String pick(String vi, String en) {
        return lang.pick(vi, en);
    }

    /** {@code <p class="empty">} with the text in both languages. */
    void empty(String vi, String en) {
        html.raw("<p class=\"empty\">").bi(vi, en).raw("</p>\n");
    }
}
