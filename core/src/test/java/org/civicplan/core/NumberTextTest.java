package org.civicplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 18: one number format per language, shared by every output. */
class NumberTextTest {
    @Test
    void vietnameseAndEnglishSeparators() {
        assertThat(NumberText.number(new BigDecimal("1234567.8"), Lang.VI)).isEqualTo("1.234.567,8");
        assertThat(NumberText.number(new BigDecimal("1234567.8"), Lang.EN)).isEqualTo("1,234,567.8");
        assertThat(NumberText.percent(new BigDecimal("72.2"), Lang.VI)).isEqualTo("72,2 %");
        assertThat(NumberText.percent(new BigDecimal("72.2"), Lang.EN)).isEqualTo("72.2%");
        assertThat(NumberText.number(21, Lang.VI)).isEqualTo("21");
        assertThat(NumberText.number(new BigDecimal("2.005"), Lang.EN)).isEqualTo("2.01");
        assertThat(NumberText.number(new BigDecimal("-1500"), Lang.VI)).isEqualTo("-1.500");
    }

    @Test
    void aWholeNumberHasNoDanglingSeparatorInASpreadsheet() {
        assertThat(NumberText.spreadsheetFormat(new BigDecimal("21"))).isEqualTo("#,##0");
        assertThat(NumberText.spreadsheetFormat(new BigDecimal("21.00"))).isEqualTo("#,##0");
        assertThat(NumberText.spreadsheetFormat(new BigDecimal("33.3"))).isEqualTo("#,##0.0");
        assertThat(NumberText.spreadsheetFormat(new BigDecimal("0.125"))).isEqualTo("#,##0.00");
        assertThat(NumberText.spreadsheetPercentFormat(new BigDecimal("72.2"), Lang.VI))
                .isEqualTo("#,##0.0\" %\"");
    }
}
