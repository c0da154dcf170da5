package org.civicplan.export.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.civicplan.core.text.RomanNumerals;
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
        assertThat(RomanNumerals.of(1)).isEqualTo("I");
        assertThat(RomanNumerals.of(4)).isEqualTo("IV");
        assertThat(RomanNumerals.of(9)).isEqualTo("IX");
        assertThat(RomanNumerals.of(14)).isEqualTo("XIV");
        assertThat(RomanNumerals.of(2021)).isEqualTo("MMXXI");
        assertThatThrownBy(() -> RomanNumerals.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
