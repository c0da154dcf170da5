package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicplan.core.Message;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.storage.json.JsonProblem;
import org.junit.jupiter.api.Test;

class ScalarsTest {
    private final Problems problems = new Problems("units.json", 100);
    private final Scalars in = new Scalars(problems);

    private static Node string(String value) {
        return new Node(Node.Type.STRING, "/units/0/code", 4, 13, value);
    }

    private static Node number(String value) {
        return new Node(Node.Type.NUMBER, "/units/0/n", 5, 9, new BigDecimal(value));
    }

    private JsonProblem only() {
        assertThat(problems.list()).hasSize(1);
        return problems.list().get(0);
    }

    @Test
    void aValueThatDoesNotParseIsReportedWhereItStands() {
        assertThat(in.date(string("2021-02-30"))).isNull();

        JsonProblem p = only();
        assertThat(p.location()).isEqualTo("units.json:4:13");
        assertThat(p.pointer()).isEqualTo("/units/0/code");
        assertThat(p.message().en())
                .isEqualTo("\"2021-02-30\" is not a date (expected yyyy-MM-dd, e.g. \"2021-07-26\")");
        assertThat(p.message().vi()).startsWith("\"2021-02-30\" không phải ngày hợp lệ");
    }

    @Test
    void aValueOfAnotherJsonTypeNamesBothTypesWithTheExample() {
        assertThat(in.date(number("20210726"))).isNull();

        assertThat(only().message().en()).isEqualTo("expected a string date as yyyy-MM-dd, not a number 20210726");
    }

    @Test
    void goodValuesAreReadWithoutProblems() {
        assertThat(in.date(string(" 2021-07-26 "))).isEqualTo(LocalDate.of(2021, 7, 26));
        assertThat(in.id(string("SKHCN"), UnitCode::of)).isEqualTo(UnitCode.of("SKHCN"));
        assertThat(in.code(string("UBND"), UnitKind.class)).isEqualTo(UnitKind.PEOPLES_COMMITTEE);
        assertThat(in.positive(number("3"))).isEqualTo(3);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anUnknownCodeListsTheKnownOnes() {
        assertThat(in.code(string("ministry"), UnitKind.class)).isNull();

        assertThat(only().message().en())
                .startsWith("unknown code \"ministry\" (allowed: ")
                .contains("thanh-uy, hdnd, ubnd")
                .endsWith(")");
    }

    @Test
    void aNumberOutOfRangeIsReportedWithTheRule() {
        assertThat(in.positive(number("0"))).isNull();
        assertThat(in.percent(number("101"))).isNull();
        assertThat(in.integer(number("1.5"))).isNull();

        assertThat(problems.list())
                .extracting(p -> p.message().en())
                .containsExactly(
                        "expected 1 or more, not 0", "expected 0 to 100, not 101", "expected a whole number, not 1.5");
    }

    @Test
    void theParseHelperLetsAnUnexpectedExceptionThroughAndReportsNothing() {
        Node n = string("x");
        assertThatThrownBy(() -> in.parse(
                        n,
                        Node.Type.STRING,
                        "",
                        "",
                        null,
                        (none, x) -> {
                            throw new IllegalStateException("bug");
                        },
                        e -> e instanceof IllegalArgumentException,
                        (none, x) -> Message.of("sai", "wrong")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(problems.isEmpty()).isTrue();

        assertThat(in.<Object, String>parse(
                        n,
                        Node.Type.STRING,
                        "",
                        "",
                        null,
                        (none, x) -> null,
                        e -> false,
                        (none, x) -> Message.of("sai " + x.shown(), "wrong " + x.shown())))
                .isNull();
        assertThat(only().message().en()).isEqualTo("wrong \"x\"");
    }

    @Test
    void aPeriodIsParsedOncePerText() {
        assertThat(in.period(string("Quý III/2021"))).isSameAs(in.period(string("Quý III/2021")));
        assertThat(in.period(string("Quý V/2021"))).isNull();
        assertThat(only().message().en()).isEqualTo("\"Quý V/2021\" is not a period (expected e.g. \"Quý III/2021\")");
    }
}
