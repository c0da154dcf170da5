package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.civicplan.core.unit.CollectivePhrases;
import org.junit.jupiter.api.Test;

/**
 * The cheap test before the formula's expressions never turns a formula away: on seeded generated
 * titles with the formula's words written every way (accents or none, capitals, decomposed accents,
 * punctuation and runs of spaces between them), every title {@link CollectivePhrases#formula} finds
 * passes {@link PlanFacts#mayDivideByFormula}.
 */
class PlanFactsTest {
    private static final String[] PIECES = {
        "theo",
        "Theo",
        "THEO",
        "chức năng",
        "chuc nang",
        "CHỨC NĂNG",
        "chu\u0301c na\u0306ng",
        "chức-năng",
        "thẩm quyền",
        "tham  quyen",
        "Thẩm Quyền",
        "nhiệm vụ",
        "nhiem vu",
        "nhiệm-vụ",
        "NHIỆM VỤ",
        "được giao",
        "duoc phan cong",
        "chức",
        ",",
        ";",
        ", ",
        " ",
        "  ",
        "\t",
        "xây dựng",
        "tổ chức",
        "kế hoạch",
        "(",
        ")",
        "đ",
        "Ω"
    };

    @Test
    void everyFormulaPassesTheCheapTest() {
        Random random = new Random(23);
        int formulas = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                title.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = title.toString();
            if (CollectivePhrases.formula(text)) {
                formulas++;
                assertThat(PlanFacts.mayDivideByFormula(text)).as(text).isTrue();
            }
        }
        assertThat(formulas).isGreaterThan(1_000);
        assertThat(PlanFacts.mayDivideByFormula("Xây dựng cơ sở dữ liệu khoa học"))
                .isFalse();
        // "nang" alone ("nâng cao", "năng lực"), "nhiệm" and "vụ" apart, or a pair outside every formula
        assertThat(PlanFacts.mayDivideByFormula("Nâng cao năng lực quản lý nhiệm kỳ, dịch vụ công"))
                .isFalse();
        assertThat(PlanFacts.mayDivideByFormula("Rà soát chức năng của các phòng"))
                .isFalse();
        assertThat(PlanFacts.mayDivideByFormula("Thực hiện nhiệm - vụ (được giao)"))
                .isTrue();
    }
}
