package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.civicplan.appendix.internal.AppendixReading;
import org.civicplan.appendix.internal.CellReaders;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitResolver;

/**
 * Reads a plan appendix (Phụ lục) from an Excel workbook ({@code .xlsx}) or Word document ({@code
 * .docx}), streaming: the tables are found by their headings ("STT", "Nhiệm vụ"/"Nội dung", "Cơ
 * quan chủ trì", ... with or without diacritics, on one or two rows, merged or not), every sheet and
 * table in file order; each section, item, totals and note row goes to the {@link AppendixHandler}
 * as it is read, with every cell as written and the units (through core's {@link UnitResolver}),
 * deadlines and document numbers read from it. Problems are located ({@code
 * appendix.xlsx!'Phụ lục'!E14}, {@code appendix.docx: bảng 2, dòng 14, cột "Thời gian"}) and all
 * reported, not only the first.
 *
 * <p>A file that cannot be read at all (encrypted, {@code .xls}/{@code .doc}, over the size
 * limits, no recognisable table) throws {@link UnableToReadAppendixException}; no other exception
 * leaves the reader except one thrown by the caller's handler. Formulas are never evaluated (their
 * saved values are read) and macros never run. Immutable and thread-safe; a reading uses memory
 * that does not grow with the number of rows (measured to 10^6 rows in a 64 MB heap, xlsx and
 * docx: BENCHMARKS.md, item 7), except that fastexcel-reader keeps each text of a workbook's
 * shared-string table once it has been read, so distinct texts stored there add to it. Repeated
 * cell texts (the same units, the same deadline) are read once per reading.
 */
public final class AppendixReader {
    private final UnitResolver units;
    private final Optional<UnitCode> context;
    private final ReadLimits limits;
    private final Predicate<String> sheets;

    /** A reader resolving unit names over {@code units} with no registered aliases. */
    public AppendixReader(UnitDirectory units) {
        this(new UnitResolver(units, UnitAliases.none()));
    }

    /** A reader resolving unit names with {@code units} (its directory and aliases). */
    public AppendixReader(UnitResolver units) {
        this(units, Optional.empty(), ReadLimits.DEFAULT, sheet -> true);
    }

    private AppendixReader(
            UnitResolver units, Optional<UnitCode> context, ReadLimits limits, Predicate<String> sheets) {
        this.units = requireNonNull(units, "units is null");
        this.context = requireNonNull(context, "context is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.sheets = requireNonNull(sheets, "sheets is null");
    }

    /** The same reader with other size and problem limits. */
    public AppendixReader withLimits(ReadLimits newLimits) {
        return new AppendixReader(units, context, newLimits, sheets);
    }

    /** The same reader reading only the workbook sheets whose name passes (all by default; Word files have none). */
    public AppendixReader withSheets(Predicate<String> sheetNames) {
        return new AppendixReader(units, context, limits, sheetNames);
    }

    /**
     * The same reader reading unit names as written in a document of {@code issuer} (the unit whose
     * plan this is): a bare "Sở Tài chính" is that province's department, not another's.
     */
    public AppendixReader withContext(UnitCode issuer) {
        return new AppendixReader(units, Optional.of(requireNonNull(issuer, "issuer is null")), limits, sheets);
    }

    /** Reads the file, each row to {@code handler}; returns what was found. */
    public AppendixSummary read(Path file, AppendixHandler handler) {
        requireNonNull(file, "file is null");
        requireNonNull(handler, "handler is null");
        return AppendixReading.run(file, CellReaders.standard(units, context), limits, sheets, handler);
    }

    /** Reads the file for its summary only: a dry run. */
    public AppendixSummary summarize(Path file) {
        return read(file, AppendixHandler.ignoring());
    }
}
