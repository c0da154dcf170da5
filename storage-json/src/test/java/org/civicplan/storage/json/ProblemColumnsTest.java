package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18: the column of a problem counts characters, not the UTF-8 bytes of Vietnamese text before it. */
class ProblemColumnsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"formatVersion\": 1, \"id\": \"hn\", \"name\": \"Thành phố Hà Nội — thử\", \"units\": 5}",
                "{\n  \"formatVersion\": 1,\n  \"id\": \"hn\", \"name\": \"Hà Nội 🏙\", \"units\": 5\n}",
                "{\r\n\"formatVersion\": 1, \"id\": \"hn\",\r\n\"name\": \"Ủy ban nhân dân\", \"units\": 5}"
            })
    void theColumnCountsCharacters(String document) {
        String line = document.lines()
                .filter(l -> l.contains("\"units\""))
                .findFirst()
                .orElseThrow();
        int lineNumber =
                (int) document.lines().takeWhile(l -> !l.contains("\"units\"")).count() + 1;
        int expected = line.codePointCount(0, line.indexOf("5")) + 1;

        assertThatThrownBy(() -> PortfolioJson.create()
                        .read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "p.json"))
                .isInstanceOfSatisfying(
                        JsonImportException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.pointer()).isEqualTo("/units");
                            assertThat(p.location()).isEqualTo("p.json:" + lineNumber + ":" + expected);
                        }));
    }
}
