package org.civicplan.export.xlsx.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.spi.ExportRequest;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every sheet of the workbook reads from: the request, its language, the texts they share and
 * the one date every sheet judges item states on ({@link ExportScope#judgedOn}).
 */
record Report(ExportRequest request, Lang lang, UnitDirectory units, LocalDate judgedOn) {
    Report {
        requireNonNull(request, "request is null");
        requireNonNull(lang, "lang is null");
        requireNonNull(units, "units is null");
        requireNonNull(judgedOn, "judgedOn is null");
    }

    Report(ExportRequest request) {
        this(request, request.lang(), request.store().units().directory(), ExportScope.judgedOn(request));
    }

    String pick(String vi, String en) {
        return lang.pick(vi, en);
    }

    /** The units' names, one per line of the cell. */
    String names(List<UnitCode> codes) {
        return ItemText.unitNames(units, codes, ItemText.UNITS_IN_CELL);
    }

    /** The reviewed program's document ("Chương trình số 07-CTr/TU ...") and title. */
    String programTitle(Review review) {
        Program program = request.store().programs().get(review.program());
        String name = program.document()
                .map(d -> d.describe(lang))
                .orElse(pick("Chương trình ", "Program ") + program.id().value());
        return name + ": " + program.title();
    }

    /**
     * Starts a sheet of one table per program: the widths of {@code count} columns, print setup
     * and, in the first row, the title ({@code vi} or {@code en}) followed by the period in capitals.
     */
    SheetLayout periodSheet(Worksheet ws, List<Column> cols, int count, String vi, String en, Period period) {
        SheetLayout sheet = new SheetLayout(ws, lang, cols, count);
        sheet.printSetup(-1);
        sheet.title(0, cols.size() - 1, pick(vi, en) + period.format(lang).toUpperCase(lang.locale()), 13);
        return sheet;
    }

    /** A blank row, then the program's title across the table; returns the row after the title. */
    int programHeading(SheetLayout sheet, int row, int last, Review review) {
        sheet.title(row + 1, last, programTitle(review), 12);
        return row + 2;
    }

    /** dd/mm/yyyy. */
    static String date(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
