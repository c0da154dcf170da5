package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The subjects of cited documents are taken out of a row before its own events are looked for ({@link
 * TaskReading#withoutCitedSubjects}), in one pass over the row however many document numbers it holds.
 */
class CitedSubjectsTest {
    @Test
    void aCitedDocumentsSubjectIsTakenOutToTheEndOfItsLine() {
        // R0077, folded: the Tết is the cited letter's subject, not this row's event
        String row = "som trien khai cong van so 7196/vpcp-ktth ngay 11 thang 12 nam 2007 cua thu tuong chinh phu ve"
                + " xem xet, ho tro kinh phi hang hoa du tru phuc vu tet nguyen dan\nthoi han: truoc ngay 20/12";
        assertThat(TaskReading.withoutCitedSubjects(row))
                .isEqualTo("som trien khai cong van so  \nthoi han: truoc ngay 20/12");
    }

    @Test
    void aSubjectEndsAtTheClauseAndANumberWithoutOneInItsClauseIsKept() {
        assertThat(TaskReading.withoutCitedSubjects("thuc hien 12/kh-ubnd; bao cao ve ket qua dip tet"))
                .isEqualTo("thuc hien 12/kh-ubnd; bao cao ve ket qua dip tet");
        assertThat(TaskReading.withoutCitedSubjects("a 1/x ve b; c 2/y ve d; e"))
                .isEqualTo("a  ; c  ; e");
        // a number inside a word ("x12/") cites nothing
        assertThat(TaskReading.withoutCitedSubjects("ax12/b ve dip tet")).isEqualTo("ax12/b ve dip tet");
    }

    @Test
    void aLongClauseOfManyNumbersAndNoSubjectIsReadOnceAndKeptWhole() {
        // 40,000 document numbers in one clause, none followed by " về ": the expression this replaced tried
        // each number against the rest of the clause
        StringBuilder row = new StringBuilder("thuc hien cac van ban");
        for (int i = 0; i < 40_000; i++) {
            row.append(' ').append(i).append("/kh-ubnd,");
        }
        String text = row.toString();
        assertThat(TaskReading.withoutCitedSubjects(text)).isSameAs(text);
        // and the same clause with a subject at its very end loses everything from its first number on
        String withSubject = text + " ve dip tet";
        assertThat(TaskReading.withoutCitedSubjects(withSubject)).isEqualTo("thuc hien cac van ban  ");
    }
}
