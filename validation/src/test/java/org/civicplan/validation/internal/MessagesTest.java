package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.core.Lang;
import org.civicplan.validation.Rule;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void substitutionIsOnePassAndLiteral() {
        assertThat(Messages.substitute("a {x} b \\{x} {y}", Map.of("x", "{y}${1}\\", "y", "Y")))
                .isEqualTo("a {y}${1}\\ b {x} Y");
        assertThat(Messages.substitute("{unclosed", Map.of())).isEqualTo("{unclosed");
    }

    @Test
    void everyRuleHasAMessageInBothLanguages() throws Exception {
        Set<String> en = keys("/ContributorValidationMessages.properties");
        Set<String> vi = keys("/ContributorValidationMessages_vi.properties");
        for (Rule rule : Rule.values()) {
            assertThat(en).as("en").contains(rule.messageKey());
            assertThat(vi).as("vi").contains(rule.messageKey());
        }
        Set<String> ours = new TreeSet<>(vi);
        ours.removeIf(k -> k.startsWith("jakarta."));
        assertThat(ours).isEqualTo(en);
    }

    @Test
    void unknownKeyGivesTheKey() {
        assertThat(new Messages().format("no.such.key", Lang.VI, Map.of())).isEqualTo("no.such.key");
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
