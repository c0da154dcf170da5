package org.civicplan.export.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetLayoutTest {
    @Test
    void rowLinesFollowTheTextLengthAndLineBreaks() {
        assertThat(SheetLayout.lines("", 10)).isEqualTo(1);
        assertThat(SheetLayout.lines("0123456789", 10)).isEqualTo(1);
        assertThat(SheetLayout.lines("0123456789a", 10)).isEqualTo(2);
        assertThat(SheetLayout.lines("a\nb", 10)).isEqualTo(2);
    }

    @Test
    void aColumnNarrowerThanOneCharacterStillTakesOneCharacterALine() {
        assertThat(SheetLayout.lines("abc", 0.5)).isEqualTo(3);
        assertThat(SheetLayout.lines("abcd", 2.9)).isEqualTo(2);
    }
}
