package org.civicplan.appendix.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.civicplan.appendix.AppendixHandler;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.ReadLimits;
import org.civicplan.appendix.UnableToReadAppendixException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * One reading of one file: the file guard, then the xlsx or docx source into the table assembler,
 * every library exception turned into an {@link UnableToReadAppendixException} naming the file; an
 * exception thrown by the caller's handler passes through unchanged.
 */
public final class AppendixReading {
    private AppendixReading() {}

    public static AppendixSummary run(
            Path file, CellReaders readers, ReadLimits limits, Predicate<String> sheets, AppendixHandler handler) {
        String name = file.getFileName().toString();
        Location at = Location.ofFile(name);
        Tally tally = new Tally(new GuardedHandler(handler), limits.maxProblemsKept());
        TableAssembler assembler = new TableAssembler(readers, tally);
        try {
            FileGuard.Inspection inspection = FileGuard.inspectScanning(file, limits, assembler);
            if (inspection.kind() == FileGuard.Kind.XLSX) {
                new XlsxSource(file, sheets, inspection.sheets()).read(assembler);
            } else {
                new DocxSource(file, limits).read(assembler);
            }
        } catch (GuardedHandler.HandlerFailure e) {
            throw e.getCause();
        } catch (CivicPlanException e) {
            throw e;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            throw FileGuard.unreadable(at, e);
        }
        if (!assembler.anyTable()) {
            throw new UnableToReadAppendixException(
                    at,
                    Message.of(
                            "không tìm thấy bảng phụ lục: không bảng nào có dòng tiêu đề nhận ra được. Các tiêu đề được tìm: "
                                    + Headings.lookedFor(Lang.VI) + " — kiểm tra dòng tiêu đề của bảng",
                            "no appendix table found: no table has a header row the reader recognises. Headings looked for: "
                                    + Headings.lookedFor(Lang.EN) + " — check the table's header row"));
        }
        return tally.summary(name);
    }
}
