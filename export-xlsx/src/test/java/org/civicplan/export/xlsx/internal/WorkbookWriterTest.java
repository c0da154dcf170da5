package org.civicplan.export.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
    @Test
    void sheetNamesAreShortenedCleanedAndUnique() {
        assertThat(WorkbookWriter.sheetName("Phụ lục KH-186", Set.of())).isEqualTo("Phụ lục KH-186");
        assertThat(WorkbookWriter.sheetName("Phụ lục 186/KH-UBND [2021]?", Set.of()))
                .isEqualTo("Phụ lục 186-KH-UBND -2021--");
        String longName = "Phụ lục KH-SO-KHOA-HOC-VA-CONG-NGHE-2021";
        assertThat(WorkbookWriter.sheetName(longName, Set.of())).hasSize(31);
        String first = WorkbookWriter.sheetName(longName, Set.of());
        assertThat(WorkbookWriter.sheetName(longName, Set.of(first)))
                .hasSize(31)
                .endsWith(" (2)");
    }

    @Test
    void romanNumerals() {
        assertThat(Roman.of(1)).isEqualTo("I");
        assertThat(Roman.of(4)).isEqualTo("IV");
        assertThat(Roman.of(9)).isEqualTo("IX");
        assertThat(Roman.of(14)).isEqualTo("XIV");
        assertThat(Roman.of(2021)).isEqualTo("MMXXI");
        assertThatThrownBy(() -> Roman.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowLinesFollowTheTextLengthAndLineBreaks() {
        assertThat(WorkbookWriter.lines("", 10)).isEqualTo(1);
        assertThat(WorkbookWriter.lines("0123456789", 10)).isEqualTo(1);
        assertThat(WorkbookWriter.lines("0123456789a", 10)).isEqualTo(2);
        assertThat(WorkbookWriter.lines("a\nb", 10)).isEqualTo(2);
    }
}
