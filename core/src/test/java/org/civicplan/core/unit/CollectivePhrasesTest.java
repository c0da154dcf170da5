package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far a lead cell's name reaches, as the clarity check reads it: the names are lead cells of the
 * validation corpus of real rows (validation/src/test/resources/org/civicplan/validation/corpus).
 */
class CollectivePhrasesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            các sở, ngành liên quan                                         | OPEN
            Các đơn vị của Quận theo nhiệm vụ được phân công                | OPEN
            các cơ quan theo chức thẩm quyền, chức năng, nhiệm vụ được giao | OPEN
            các đơn vị được giao                                            | OPEN
            các cơ quan, đơn vị được phân công                              | OPEN
            các đơn vị được giao chủ trì tại Phụ lục kèm theo               | CLASS
            các Đơn vị                                                      | CLASS
            các cơ quan, đơn vị, địa phương                                 | CLASS
                                                                            | OPEN
            UBND các huyện, thị xã, thành phố                               | CLASS
            các sở, ban, ngành thành phố                                    | CLASS
            UBND quận, huyện, thị xã                                        | CLASS
            Sở Y tế các tỉnh, thành phố trực thuộc Trung ương               | CLASS
            Các Bộ là chủ Chương trình                                      | CLASS
            UBND các xã, thị trấn, các cơ quan liên quan                    | CLASS
            Sở Tài nguyên và Môi trường                                     | NAMED
            Giám đốc các Sở: Nội vụ, Tài chính                              | NAMED
            Các sở Xây dựng, Quy hoạch - Kiến trúc, Tài chính               | NAMED
            Các Sở Kế hoạch và Đầu tư                                       | NAMED
            Sở Nội vụ và các đơn vị liên quan                               | NAMED
            """)
    void readsTheReachOfALeadCell(String name, CollectivePhrases.Reach reach) {
        assertThat(CollectivePhrases.reach(name)).as(name).isEqualTo(reach);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Giám đốc các Sở: Nội vụ, Tài chính                                   | true
            Các Bộ: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn | true
            Các sở Xây dựng, Quy hoạch - Kiến trúc, Tài chính                    | true
            các sở, ban, ngành thành phố                                         | false
            Các Bộ là chủ Chương trình                                           | false
            các Ban Quản lý khu công nghệ cao, khu công nghiệp                    | false
            Sở Tài chính                                                         | false
            """)
    void tellsAnEnumerationOfBodiesFromAClass(String name, boolean enumerates) {
        assertThat(CollectivePhrases.enumeratesBodies(name)).as(name).isEqualTo(enumerates);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            các cơ quan theo chức năng, nhiệm vụ được giao | true
            cac don vi theo nhiem vu duoc phan cong        | true
            các bộ, ngành, địa phương liên quan            | false
            """)
    void recognisesAFormula(String name, boolean formula) {
        assertThat(CollectivePhrases.formula(name)).as(name).isEqualTo(formula);
    }
}
