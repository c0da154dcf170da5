package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Portfolio;
import org.junit.jupiter.api.Test;

/** Malformed inputs: each names file, line, column, JSON pointer and what was expected, in both languages. */
class JsonErrorMessagesTest {
    private final PortfolioJson json = PortfolioJson.create();

    private static final String ITEM_HEAD = """
            {"formatVersion": 1, "id": "p", "name": "P",
             "items": [
              {"id": "KH/1", "plan": "KH", "number": 1, "kind": "de-an", "title": "Đề án",
            """;

    private Portfolio read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "plan-07.json");
    }

    private List<JsonProblem> problems(String text) {
        try {
            read(text);
        } catch (JsonImportException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in\n" + text);
    }

    private JsonProblem only(String text) {
        List<JsonProblem> problems = problems(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static String item(String fields) {
        return ITEM_HEAD + "   " + fields + "}\n ]\n}\n";
    }

    @Test
    void badPeriod() {
        JsonProblem p = only(item("\"deadline\": \"Quý V/2021\""));
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:4:16 /items/0/deadline: \"Quý V/2021\" is not a period (expected e.g. \"Quý III/2021\")");
        assertThat(p.describe(Lang.VI))
                .isEqualTo(
                        "plan-07.json:4:16 /items/0/deadline: \"Quý V/2021\" không phải kỳ hợp lệ (ví dụ đúng: \"Quý III/2021\")");
    }

    @Test
    void vietnamesePeriodsAreAccepted() {
        Portfolio p = read(item("\"deadline\": \"Quý III/2021\""));
        assertThat(p.items().get(0).deadline().orElseThrow().code()).isEqualTo("2021-Q3");
    }

    @Test
    void impossibleDate() {
        JsonProblem p = only(item("\"start\": \"2021-02-31\""));
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:4:13 /items/0/start: \"2021-02-31\" is not a date (expected yyyy-MM-dd, e.g. \"2021-07-26\")");
        assertThat(p.message().vi())
                .isEqualTo("\"2021-02-31\" không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ \"2021-07-26\")");
    }

    @Test
    void unknownEnumCodeListsTheAllowedOnes() {
        JsonProblem p = only(item("\"status\": \"xong\""));
        assertThat(p.location()).isEqualTo("plan-07.json:4:14");
        assertThat(p.pointer()).isEqualTo("/items/0/status");
        assertThat(p.message().en())
                .isEqualTo(
                        "unknown code \"xong\" (allowed: chua-trien-khai, dang-thuc-hien, hoan-thanh, tam-dung, huy-bo)");
        assertThat(p.message().vi())
                .isEqualTo(
                        "mã không hợp lệ \"xong\" (các mã hợp lệ: chua-trien-khai, dang-thuc-hien, hoan-thanh, tam-dung, huy-bo)");
    }

    @Test
    void enumCodesAreCaseInsensitive() {
        assertThat(read(item("\"status\": \"HOAN-THANH\""))
                        .items()
                        .get(0)
                        .status()
                        .code())
                .isEqualTo("hoan-thanh");
    }

    @Test
    void negativeMoney() {
        JsonProblem p = only(item("\"publicInvestment\": {\"estimatedTotal\": \"-5000\"}"));
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:4:43 /items/0/publicInvestment/estimatedTotal: \"-5000\" is not a valid amount: amounts cannot be negative");
        assertThat(p.message().vi()).isEqualTo("\"-5000\" không phải số tiền hợp lệ: số tiền không được âm");
    }

    @Test
    void vietnameseMoneyIsAccepted() {
        Portfolio p = read(item("\"publicInvestment\": {\"estimatedTotal\": \"1,5 tỷ đồng\"}"));
        assertThat(p.items()
                        .get(0)
                        .publicInvestment()
                        .orElseThrow()
                        .estimatedTotal()
                        .toPlainString())
                .isEqualTo("1500000000");
    }

    @Test
    void wrongType() {
        JsonProblem p = only(item("\"section\": \"một\""));
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:4:15 /items/0/section: expected a number (a whole number), not a string \"một\"");
        assertThat(p.message().vi()).isEqualTo("cần một số nguyên, không phải một chuỗi \"một\"");
    }

    @Test
    void duplicateKey() {
        JsonProblem p = only(item("\"title\": \"Lần hai\""));
        assertThat(p.describe(Lang.EN))
                .isEqualTo("plan-07.json:4:4 /items/0/title: duplicate key \"title\" (only the first value is kept)");
        assertThat(p.message().vi()).isEqualTo("khóa \"title\" bị lặp lại (chỉ giữ giá trị đầu tiên)");
    }

    @Test
    void unknownPropertyIsAnError() {
        JsonProblem p = only(item("\"titel\": \"x\""));
        assertThat(p.location()).isEqualTo("plan-07.json:4:13");
        assertThat(p.pointer()).isEqualTo("/items/0/titel");
        assertThat(p.message().en()).startsWith("unknown property \"titel\" (known: approvalLevel, assignment,");
        assertThat(p.message().vi()).startsWith("trường không xác định \"titel\" (các trường hợp lệ: approvalLevel,");
    }

    @Test
    void missingRequiredProperty() {
        JsonProblem p = only("{\"formatVersion\": 1, \"id\": \"p\"}");
        assertThat(p.describe(Lang.EN)).isEqualTo("plan-07.json:1:1: missing required property \"name\"");
        assertThat(p.message().vi()).isEqualTo("thiếu trường bắt buộc \"name\"");
    }

    @Test
    void truncatedJson() {
        JsonProblem p = only("{\"formatVersion\": 1, \"id\": \"p\",\n \"units\": [");
        assertThat(p.location()).isEqualTo("plan-07.json:2:12");
        assertThat(p.pointer()).isEqualTo("/units");
        assertThat(p.message().en()).startsWith("unexpected end of file (truncated?)");
        assertThat(p.message().vi()).startsWith("tệp kết thúc giữa chừng (bị cắt cụt?)");
    }

    @Test
    void trailingTokens() {
        JsonProblem p = only("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\"}\n{}");
        assertThat(p.describe(Lang.EN))
                .isEqualTo("plan-07.json:2:1: unexpected content after the end of the JSON document");
        assertThat(p.message().vi()).isEqualTo("có nội dung thừa sau khi tài liệu JSON đã kết thúc");
    }

    @Test
    void newerFormatVersion() {
        JsonProblem p = only("{\"formatVersion\": 3, \"id\": \"p\", \"name\": \"P\", \"somethingNew\": true}");
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:1:19 /formatVersion: written by a newer civicplan (formatVersion 3); this version reads formatVersion 1 to 2: upgrade civicplan");
        assertThat(p.message().vi()).startsWith("tệp được ghi bởi phiên bản civicplan mới hơn (formatVersion 3)");
    }

    @Test
    void missingFormatVersion() {
        JsonProblem p = only("\n  {\"id\": \"p\", \"name\": \"P\"}");
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:2:3: missing \"formatVersion\" (a civicplan file starts with \"formatVersion\": 2)");
        assertThat(p.message().vi()).isEqualTo("thiếu \"formatVersion\" (tệp civicplan phải có \"formatVersion\": 2)");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"units\": " + "[".repeat(100)
                + "]".repeat(100) + "}";
        JsonProblem p = only(deep);
        assertThat(p.location()).isEqualTo("plan-07.json:1:119");
        assertThat(p.message().en()).isEqualTo("nesting too deep (the limit is 64 levels)");
        assertThat(p.message().vi()).isEqualTo("cấu trúc lồng nhau quá sâu (tối đa 64 cấp)");
    }

    @Test
    void tooLongStringIsRefused() {
        PortfolioJson strict = PortfolioJson.withLimits(JsonReadLimits.DEFAULT.withMaxStringLength(1000));
        String text = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"" + "a".repeat(5000) + "\"}";
        assertThatThrownBy(
                        () -> strict.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "big.json"))
                .isInstanceOfSatisfying(JsonImportException.class, e -> {
                    JsonProblem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("big.json");
                    assertThat(p.pointer()).isEqualTo("/name");
                    assertThat(p.message().en()).isEqualTo("string too long (the limit is 1000 characters)");
                    assertThat(p.message().vi()).isEqualTo("chuỗi quá dài (tối đa 1000 ký tự)");
                });
    }

    @Test
    void tooLargeDocumentIsRefused() {
        PortfolioJson strict = PortfolioJson.withLimits(JsonReadLimits.DEFAULT.withMaxDocumentLength(2048));
        String text = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"units\": ["
                + "{\"code\": \"U\", \"name\": \"Đơn vị\", \"kind\": \"so-nganh\"},".repeat(100) + "{}]}";
        assertThatThrownBy(
                        () -> strict.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "big.json"))
                .isInstanceOfSatisfying(JsonImportException.class, e -> {
                    assertThat(e.problems().get(0).message().en())
                            .isEqualTo("document too large (the limit is 2048 bytes)");
                    assertThat(e.problems().get(0).message().vi()).isEqualTo("tệp quá lớn (tối đa 2048 byte)");
                });
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] body = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"Hà Nội\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(json.read(new ByteArrayInputStream(withBom), "bom.json").name())
                .isEqualTo("Hà Nội");
    }

    /** A byte order mark is no character of the line: a problem on line 1 is placed as without it. */
    @Test
    void aProblemOnTheFirstLineOfAFileWithAByteOrderMarkIsPlacedAsWithoutIt() {
        String text = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"Hà Nội\", \"colour\": 1}";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        List<JsonProblem> marked = List.of();
        try {
            json.read(new ByteArrayInputStream(withBom), "plan-07.json");
        } catch (JsonImportException e) {
            marked = e.problems();
        }
        List<JsonProblem> plain = problems(text);
        assertThat(plain).hasSize(1);
        assertThat(plain.get(0).describe(Lang.EN)).startsWith("plan-07.json:1:61 /colour: ");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).describe(Lang.EN)).isEqualTo(plain.get(0).describe(Lang.EN));
    }

    @Test
    void decomposedTextIsNormalisedToNfc() {
        String nfd = java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Hà Nội");
        Portfolio p = read("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"" + nfd + "\"}");
        assertThat(p.name()).isEqualTo("Hà Nội");
    }

    @Test
    void ratioWithZeroDenominator() {
        JsonProblem p = only("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"measurements\": [\n"
                + " {\"indicator\": \"CT07-01\", \"period\": \"2021-H1\", \"reportedBy\": \"SKHCN\",\n"
                + "  \"value\": {\"type\": \"ratio\", \"numerator\": 1, \"denominator\": 0}}]}");
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:3:61 /measurements/0/value/denominator: the denominator must be positive, not 0");
    }

    @Test
    void unknownValueType() {
        JsonProblem p = only("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"measurements\": [\n"
                + " {\"indicator\": \"CT07-01\", \"period\": \"2021-H1\", \"reportedBy\": \"SKHCN\",\n"
                + "  \"value\": {\"type\": \"percent\", \"value\": 1}}]}");
        assertThat(p.describe(Lang.EN))
                .isEqualTo(
                        "plan-07.json:3:21 /measurements/0/value/type: unknown value type \"percent\" (known types: count, ratio, money, milestone)");
    }

    @Test
    void syntaxErrorIsLocated() {
        JsonProblem p = only("{\"formatVersion\": 1,\n \"id\": 'p'}");
        assertThat(p.location()).isEqualTo("plan-07.json:2:8");
        assertThat(p.message().en()).startsWith("not valid JSON: Unexpected character ('''");
        assertThat(p.message().vi()).startsWith("không phải JSON hợp lệ: ");
    }

    @Test
    void manyProblemsAreCollectedInOneException() {
        String text = """
                {"formatVersion": 1, "id": "p", "name": "P",
                 "items": [
                  {"id": "KH/1", "plan": "KH", "number": 0, "kind": "de-an", "title": "A", "deadline": "Quý V/2021"},
                  {"id": "KH/2", "plan": "KH", "number": 2, "kind": "nhiem-vu", "title": "B", "start": "2021-13-01"},
                  {"id": "KH/3", "plan": "KH", "number": 3, "kind": "xyz", "title": "C"}
                 ]}
                """;
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(JsonImportException.class, e -> {
            assertThat(e.problems())
                    .extracting(JsonProblem::location, JsonProblem::pointer)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("plan-07.json:3:42", "/items/0/number"),
                            org.assertj.core.groups.Tuple.tuple("plan-07.json:3:88", "/items/0/deadline"),
                            org.assertj.core.groups.Tuple.tuple("plan-07.json:4:88", "/items/1/start"),
                            org.assertj.core.groups.Tuple.tuple("plan-07.json:5:53", "/items/2/kind"));
            assertThat(e.getMessage())
                    .startsWith(
                            "4 problems in plan-07.json:\n  plan-07.json:3:42 /items/0/number: expected 1 or more, not 0");
            assertThat(e.text().vi()).startsWith("4 lỗi trong tệp plan-07.json:");
        });
    }

    @Test
    void problemsStopAtTheLimit() {
        StringBuilder text = new StringBuilder("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"P\", \"units\": [\n");
        for (int i = 0; i < 80; i++) {
            text.append(i == 0 ? "" : ",\n")
                    .append("{\"code\": \"U")
                    .append(i)
                    .append("\", \"name\": \"x\", \"kind\": \"nope\"}");
        }
        text.append("]}");
        assertThatThrownBy(() -> read(text.toString())).isInstanceOfSatisfying(JsonImportException.class, e -> {
            assertThat(e.problems()).hasSize(50);
            assertThat(e.getMessage())
                    .startsWith("50+ problems in plan-07.json:")
                    .contains("(stopped after 50 problems)");
        });
    }

    @Test
    void measurementStreamProblemsAreLocated() {
        String text = "{\"formatVersion\": 1, \"measurements\": [\n"
                + "{\"indicator\": \"A\", \"period\": \"2021\", \"reportedBy\": \"U\", \"value\": {\"type\": \"count\", \"value\": 1}},\n"
                + "{\"indicator\": \"A\", \"period\": \"Quý V/2021\", \"reportedBy\": \"U\", \"value\": {\"type\": \"count\", \"value\": 1}}\n"
                + "]}";
        List<Object> seen = new java.util.ArrayList<>();
        assertThatThrownBy(() -> json.readMeasurements(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.json", seen::add))
                .isInstanceOfSatisfying(
                        JsonImportException.class,
                        e -> assertThat(e.problems().get(0).describe(Lang.EN))
                                .isEqualTo(
                                        "m.json:3:30 /measurements/1/period: \"Quý V/2021\" is not a period (expected e.g. \"Quý III/2021\")"));
        assertThat(seen).hasSize(1);
    }
}
