package org.civicplan.core.export;

import java.io.IOException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Message;

/**
 * An exporter could not write its output: the message names the format and the cause, and says
 * what to do. Thrown by every export module in place of the {@link IOException} it met.
 */
public class UnableToExportException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public UnableToExportException(Message text, Throwable cause) {
        super(text, cause);
    }

    /**
     * Writing {@code what} failed with {@code cause}, e.g. {@code writing("tệp Word (docx)", "the
     * Word document (docx)", e)}.
     */
    public static UnableToExportException writing(String whatVi, String whatEn, IOException cause) {
        return new UnableToExportException(
                Message.of(
                        "Không ghi được " + whatVi + ": " + cause.getMessage()
                                + ". Kiểm tra nơi lưu (còn chỗ trống, được phép ghi) rồi xuất lại.",
                        "Unable to write " + whatEn + ": " + cause.getMessage()
                                + ". Check the destination (free space, write permission) and export again."),
                cause);
    }
}
