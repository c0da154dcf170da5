package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Resources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {
    static ClarityReport report() {
        List<Item> items = new ArrayList<>(Fixtures.items(3));
        items.set(
                1,
                items.get(1).toBuilder()
                        .title("Đề án \"Thành phố thông minh\"\n{giai đoạn 1}")
                        .deadline(null)
                        .content("Tăng cường")
                        .build());
        return ClarityCheck.create().check(Fixtures.portfolio(items));
    }

    @Test
    void textInVietnameseGroupedByItem() {
        assertThat(report().toText(Lang.VI)).isEqualTo("""
                        Kiểm tra "6 rõ"
                        Số nhiệm vụ đã kiểm tra: 3; số nhiệm vụ không có lỗi: 2; số lỗi: 1; số cảnh báo: 1
                        Kế hoạch KH-UBND-2021: kiểm tra theo loại "Kế hoạch thực hiện chương trình"
                        Đủ điều kiện Dự thảo: có
                        Đủ điều kiện Trình phê duyệt: không (số lỗi cản trở: 1)
                        Đủ điều kiện Ban hành: không (số lỗi cản trở: 1)

                        Nhiệm vụ 2 — Đề án "Thành phố thông minh" {giai đoạn 1} [KH-UBND-2021]
                          [Cảnh báo] Rõ việc: Nội dung chỉ là cụm từ chung chung ("triển khai thực hiện", "tăng cường", "đẩy mạnh" …): ghi rõ làm gì, với đối tượng đo đếm được (items[2].content; task.content.generic)
                          [Lỗi · cản trở bước Trình phê duyệt] Rõ thời gian: Chưa có thời hạn hoàn thành (items[2].deadline; time.deadline.missing)
                        """);
    }

    @Test
    void textInEnglish() {
        assertThat(report().toText(Lang.EN))
                // every count labelled: no plural to agree with a number
                .contains("Items checked: 3; items without errors: 2; errors: 1; warnings: 1")
                .contains("Plan KH-UBND-2021: checked as \"Plan implementing a program\"")
                .contains("Ready for Submission: no (errors blocking it: 1)")
                .contains("Item 2 — Đề án \"Thành phố thông minh\" {giai đoạn 1} [KH-UBND-2021]")
                .contains(
                        "  [Error · blocks Submission] Clear time: No deadline: state when the item is due (items[2].deadline;"
                                + " time.deadline.missing)");
    }

    @Test
    void jsonParsesAndCarriesEverything() {
        ObjectMapper mapper = JsonMapper.builder().build();
        JsonNode json = mapper.readTree(report().toJson());
        assertThat(json.get("ready").get("draft").asBoolean()).isTrue();
        assertThat(json.get("ready").get("submission").asBoolean()).isFalse();
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("failingItems").get("time").asInt()).isEqualTo(1);
        assertThat(json.get("items")).hasSize(3);
        assertThat(json.get("items").get(1).get("title").asString())
                .isEqualTo("Đề án \"Thành phố thông minh\" {giai đoạn 1}");
        assertThat(json.get("items").get(1).get("status").get("time").asString())
                .isEqualTo("fail");
        assertThat(json.get("items").get(1).get("status").get("task").asString())
                .isEqualTo("warn");
        JsonNode finding = json.get("findings").get(1);
        assertThat(finding.get("rule").asString()).isEqualTo("time.deadline.missing");
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("stage").asString()).isEqualTo("submission");
        assertThat(finding.get("subject").get("number").asInt()).isEqualTo(2);
        assertThat(finding.get("path").asString()).isEqualTo("items[2].deadline");
        assertThat(finding.get("message").get("vi").asString()).isEqualTo("Chưa có thời hạn hoàn thành");
        assertThat(finding.get("message").get("en").asString()).isEqualTo("No deadline: state when the item is due");
    }

    @Test
    void aCoordinatingUnitIsNamedNotCoded() {
        // Sở Thông tin và Truyền thông (STTTT) listed twice as a coordinating unit
        Item twice = Fixtures.item(1)
                .assignment(new Assignment(
                        List.of(Fixtures.SKHCN),
                        List.of(Fixtures.STTTT, Fixtures.STTTT),
                        Optional.of(Official.post("Giám đốc Sở Khoa học và Công nghệ", Fixtures.SKHCN)),
                        Optional.of(Fixtures.SKHCN),
                        Optional.empty(),
                        Resources.NONE))
                .build();
        ClarityReport report = ClarityCheck.create().check(Fixtures.portfolio(List.of(twice)));
        assertThat(report.toText(Lang.EN))
                .contains("Coordinating unit \"Sở Thông tin và Truyền thông\" is listed more than once")
                .doesNotContain("\"" + Fixtures.STTTT.value() + "\"");
    }

    @Test
    void noStageIsCalledReadyBesideAnErrorThatBlocksIt() {
        // the seeded portfolios with many defects of every stage
        for (long seed = 1; seed <= 4; seed++) {
            ClarityReport report = ClarityCheck.create().check(DirectRulesTest.defective(new Random(seed), 80));
            for (Lang lang : Lang.values()) {
                String text = report.toText(lang);
                for (Stage stage : Stage.values()) {
                    boolean blocked = report.findings().stream()
                            .anyMatch(f -> f.isError() && f.stage().requiredAt(stage));
                    String ready = lang == Lang.VI
                            ? "Đủ điều kiện " + stage.label(lang) + ": có"
                            : "Ready for " + stage.label(lang) + ": yes";
                    assertThat(text.contains(ready))
                            .as("%s: %s said ready", lang, stage)
                            .isEqualTo(!blocked);
                    for (Stage earlier : Stage.values()) {
                        String blocks = lang == Lang.VI
                                ? "cản trở bước " + earlier.label(lang) + "]"
                                : "blocks " + earlier.label(lang) + "]";
                        if (earlier.requiredAt(stage) && text.contains(blocks)) {
                            // an error that blocks an earlier step blocks this one
                            assertThat(text).as("%s: %s", lang, stage).doesNotContain(ready);
                        }
                    }
                }
            }
        }
    }
}
