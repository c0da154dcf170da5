package org.civicplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void pickGivesTheValueForTheLanguage() {
        assertThat(Lang.VI.pick("Phụ lục", "Appendix")).isEqualTo("Phụ lục");
        assertThat(Lang.EN.pick("Phụ lục", "Appendix")).isEqualTo("Appendix");
        assertThat(Lang.VI.pick('.', ',')).isEqualTo('.');
        assertThat(Lang.EN.pick(List.of("Từ ngày"), List.of("Period start"))).containsExactly("Period start");
    }

    @Test
    void pickAgreesWithMessageIn() {
        Message message = Message.of("Không ghi được", "Unable to write");
        for (Lang lang : Lang.values()) {
            assertThat(lang.pick(message.vi(), message.en())).isEqualTo(message.in(lang));
        }
    }

    @Test
    void fromCodeReadsEitherCaseAndRefusesOthersInBothLanguages() {
        assertThat(Lang.fromCode(" VI ")).isEqualTo(Lang.VI);
        assertThat(Lang.fromCode("en")).isEqualTo(Lang.EN);
        assertThatThrownBy(() -> Lang.fromCode("fr"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"fr\"")
                .hasMessageContaining("dùng vi hoặc en");
    }
}
