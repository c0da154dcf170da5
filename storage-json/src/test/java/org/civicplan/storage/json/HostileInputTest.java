package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Portfolio;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile numbers and duplicated ids in one portfolio file (issue 19): each is refused with the file,
 * line, column and JSON pointer of the value, quickly, before anything downstream sees it.
 */
class HostileInputTest {
    private final PortfolioJson json = PortfolioJson.create();

    private static String sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.create().write(TestPortfolios.portfolio(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Portfolio read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hostile.json");
    }

    private List<JsonProblem> problems(String text) {
        try {
            read(text);
        } catch (JsonImportException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found");
    }

    /** The first indicator's final target value, as the writer spells it. */
    private static String withTarget(String number) {
        String text = sample();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(\"target\"\\s*:\\s*\\{[^}]*?\"value\"\\s*:\\s*)55")
                .matcher(text);
        assertThat(m.find()).isTrue();
        return text.substring(0, m.start()) + m.group(1) + number + text.substring(m.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1e99999999", "1e999999", "1E+2147483647", "1e-99999999", "-1E+2147483647", "\"1e99999999\""})
    void hugeExponentsAreRefusedAtTheValue(String number) {
        List<JsonProblem> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> problems(withTarget(number)));
        assertThat(found).hasSize(1);
        JsonProblem p = found.get(0);
        assertThat(p.pointer()).isEqualTo("/indicators/0/target/value");
        assertThat(p.location()).startsWith("hostile.json:");
        assertThat(p.message().en()).contains("too large or too precise");
        assertThat(p.message().vi()).contains("quá lớn");
    }

    @Test
    void aNumberTooLongIsReportedAtItsOwnPointer() {
        JsonProblem p = problems(withTarget("1" + "0".repeat(400))).get(0);
        assertThat(p.pointer()).isEqualTo("/indicators/0/target/value");
        assertThat(p.message().en()).contains("number too long");
    }

    @Test
    void ordinaryNumbersStillRead() {
        Portfolio p = read(withTarget("1.5E+3"));
        assertThat(p.indicators().get(0).target().orElseThrow().value()).isEqualByComparingTo("1500");
        assertThat(read(withTarget("0.000001"))
                        .indicators()
                        .get(0)
                        .target()
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("0.000001");
    }

    @Test
    void duplicateUnitsEvenAsNfcAndNfdTwinsAreRefusedWithBothPlaces() {
        String text = sample();
        String unit = "\"code\" : \"QCG\"";
        assertThat(text).contains(unit);
        String twin = text.replaceFirst(java.util.regex.Pattern.quote(unit), "\"code\" : \"SKHCN\"");
        List<JsonProblem> found = problems(twin);
        assertThat(found).anySatisfy(p -> {
            assertThat(p.pointer()).startsWith("/units/");
            assertThat(p.describe(Lang.EN)).contains("SKHCN").contains("/units/2");
        });
    }

    @Test
    void duplicateItemsAndPlansAreRefusedWithBothPlaces() {
        String text = sample();
        String item2 = "\"id\" : \"KH-186/4\"";
        assertThat(text).contains(item2);
        List<JsonProblem> items =
                problems(text.replaceFirst(java.util.regex.Pattern.quote(item2), "\"id\" : \"KH-186/3\""));
        assertThat(items).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/items/3/id");
            assertThat(p.describe(Lang.EN)).contains("KH-186/3").contains("/items/2");
        });
        // the city plan renamed to the unit plan's id: two plans KH-SKHCN-2021
        String plan1 = "\"id\" : \"KH-186\"";
        assertThat(text).contains(plan1);
        List<JsonProblem> plans =
                problems(text.replaceFirst(java.util.regex.Pattern.quote(plan1), "\"id\" : \"KH-SKHCN-2021\""));
        assertThat(plans).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/plans/1/id");
            assertThat(p.describe(Lang.VI)).contains("/plans/0").contains("mỗi mã");
        });
    }
}
