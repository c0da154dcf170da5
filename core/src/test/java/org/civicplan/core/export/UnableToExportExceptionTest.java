package org.civicplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;

class UnableToExportExceptionTest {
    @Test
    void writingNamesWhatFailedTheCauseAndWhatToDoInBothLanguages() {
        IOException cause = new IOException("No space left on device");
        UnableToExportException e =
                UnableToExportException.writing("tệp Word (docx)", "the Word document (docx)", cause);

        assertThat(e).isInstanceOf(CivicPlanException.class).hasCause(cause);
        assertThat(e.getMessage(Lang.VI))
                .startsWith("Không ghi được tệp Word (docx): No space left on device.")
                .contains("rồi xuất lại");
        assertThat(e.getMessage(Lang.EN))
                .startsWith("Unable to write the Word document (docx): No space left on device.")
                .contains("export again");
        assertThat(e.getMessage()).contains(e.getMessage(Lang.EN), e.getMessage(Lang.VI));
    }
}
