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
    void substitutionAgreesWithTheOnePassDefinition() {
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"a", "ệ", "{", "}", "\\", "x", "y", "{x}", "{y}", "{z}", " "};
        Map<String, String> params = Map.of("x", "{y}\\", "y", "Ý");
        for (int n = 0; n < 100_000; n++) {
            StringBuilder template = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                template.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = template.toString();
            assertThat(Messages.substitute(t, params)).as(t).isEqualTo(onePass(t, params));
        }
    }

    /** Substitution as first written: one character at a time. */
    private static String onePass(String template, Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(i + 1));
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i + 1);
                String name = close < 0 ? null : template.substring(i + 1, close);
                if (name != null && params.containsKey(name)) {
                    out.append(params.get(name));
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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
