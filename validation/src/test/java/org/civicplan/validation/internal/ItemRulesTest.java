package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicplan.core.model.Item;
import org.civicplan.validation.Dimension;
import org.civicplan.validation.RuleCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each per-item rule, called directly. */
class ItemRulesTest {
    static List<RuleCases.Case> cases() {
        return RuleCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleGivesExactlyTheExpectedCodes(RuleCases.Case c) {
        List<Hit> hits = rules(c.dimension(), c.item());
        assertThat(hits).extracting(h -> h.rule().code()).containsExactlyElementsOf(c.codes());
        assertThat(hits).allSatisfy(h -> assertThat(h.rule().dimension()).isEqualTo(c.dimension()));
    }

    static List<Hit> rules(Dimension dimension, Item item) {
        return switch (dimension) {
            case PERSON -> ItemRules.person(item);
            case TASK -> ItemRules.task(item);
            case TIME -> ItemRules.time(item);
            case RESPONSIBILITY -> ItemRules.responsibility(item);
            case PRODUCT -> ItemRules.product(item);
            case AUTHORITY -> ItemRules.authority(item);
            case RESOURCES -> ItemRules.resources(item);
            case MEASURABLE -> ItemRules.measurable(item);
            case STRUCTURE -> List.of();
        };
    }
}
