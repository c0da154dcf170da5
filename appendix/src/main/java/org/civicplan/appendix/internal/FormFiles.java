package org.civicplan.appendix.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.civicplan.appendix.Location;
import org.civicplan.appendix.Problem;
import org.civicplan.appendix.ReadLimits;
import org.civicplan.appendix.UnableToReadAppendixException;
import org.civicplan.core.Message;

/**
 * A collected form looked at before it is opened, with the appendix reader's guard: encrypted, old
 * binary and oversized or zip-bomb files are refused; a Word file is not a form.
 */
public final class FormFiles {
    private FormFiles() {}

    public static void inspect(Path file, ReadLimits limits, Consumer<Problem> problems) {
        RowSink sink = new RowSink() {
            @Override
            public void begin(Location place, boolean wordTable) {}

            @Override
            public void row(RawRow row) {}

            @Override
            public void end() {}

            @Override
            public void problem(Problem problem) {
                problems.accept(problem);
            }
        };
        if (FileGuard.inspect(file, limits, sink) != FileGuard.Kind.XLSX) {
            throw new UnableToReadAppendixException(
                    Location.ofFile(file.getFileName().toString()),
                    Message.of(
                            "biểu báo cáo là tệp Excel (.xlsx) do civicplan gửi, không phải tệp Word",
                            "a report form is the Excel workbook (.xlsx) civicplan sent, not a Word file"));
        }
    }

    /** Wraps a reading failure of a form as a refusal naming the file. */
    public static UnableToReadAppendixException unreadable(Path file, Exception e) {
        return FileGuard.unreadable(Location.ofFile(file.getFileName().toString()), e);
    }
}
