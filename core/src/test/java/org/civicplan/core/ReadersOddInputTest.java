package org.civicplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitResolver;
import org.junit.jupiter.api.Test;

/**
 * The unit resolver and the deadline reader, with their hand-written fast paths, answer every odd
 * text (decomposed marks, lone surrogates, emoji, long s, dotted I, no-break and zero-width spaces,
 * very long repeats, units whose aliases are only punctuation) with a reading or a located refusal,
 * never a raw exception. Made-up texts from a fixed seed.
 */
class ReadersOddInputTest {
    static final String[] PARTS = {
        "Sở",
        "sở",
        "Tài chính",
        "KH-ĐT",
        "KH&ĐT",
        "UBND",
        "Ủy ban nhân dân",
        "Uỷ",
        "các",
        "những",
        "và",
        " và ",
        ",",
        ";",
        ":",
        " - ",
        " – ",
        "-",
        "–",
        "/",
        ".",
        "(",
        ")",
        "\"",
        "'",
        "*",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00A0",
        "\u200B",
        "\u0300",
        "\u0303",
        "\u0309",
        "\uD83D\uDE00",
        "\uD835\uDC00",
        "\uD800",
        "\uDC00",
        "ſ",
        "İ",
        "ß",
        "ﬁ",
        "Ω",
        "K",
        "Quý",
        "IV",
        "quý",
        "II",
        "/2021",
        "2021",
        "tháng",
        "Tháng",
        "12",
        "31",
        "ngày",
        "Ngày",
        "năm",
        "Năm",
        "trước",
        "sau",
        "đến",
        "từ",
        "-2025",
        "6/2025",
        "31/12/2025",
        "Quận",
        "huyện",
        "thị xã",
        "xã",
        "phường",
        "ban",
        "ngành",
        "TP",
        "tỉnh",
        "Hà Nội",
        "đ",
        "Đ",
        "hàng",
        "năm",
        "thường xuyên",
        "0",
        "00",
        "9999999999999999999",
        "Q",
        "q",
        "H",
        "tuần",
        "đợt",
        "Đợt",
        "lần",
        "I",
        "V",
        "X",
        "quý I",
        "6 tháng đầu năm",
        "trước ngày",
        "chậm nhất",
        "Tết",
        "âm lịch"
    };

    @Test
    void oddTextsGiveAReadingOrARefusal() {
        List<OrgUnit> list = new ArrayList<>();
        list.add(OrgUnit.of("HN", "Ủy ban nhân dân thành phố Hà Nội", UnitKind.PEOPLES_COMMITTEE));
        list.add(OrgUnit.of("STC", "Sở Tài chính", UnitKind.DEPARTMENT)
                .withParent(UnitCode.of("HN"))
                .withAliases(List.of("-", "()", "các đơn vị liên quan", "Sở TC", "\u0300", "\uD83D\uDE00")));
        list.add(OrgUnit.of("SKH", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT).withParent(UnitCode.of("HN")));
        UnitDirectory dir = UnitDirectory.of(list);
        UnitResolver r = new UnitResolver(dir, UnitAliases.of(dir));
        Random random = new Random(7);
        List<String> failures = new ArrayList<>();
        int periodsRead = 0;
        int periodsRefused = 0;
        for (int i = 0; i < 30000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String t = b.toString();
            if (random.nextInt(4) == 0) t = Normalizer.normalize(t, Normalizer.Form.NFD);
            if (random.nextInt(50) == 0) t = t.repeat(200);
            try {
                r.resolve(t);
                r.resolve(t, UnitCode.of("HN"));
            } catch (CivicPlanException ok) {
            } catch (RuntimeException e) {
                failures.add("unit " + e + " on [" + esc(t) + "] at " + e.getStackTrace()[0]);
            }
            try {
                PeriodReader.read(t);
                periodsRead++;
            } catch (CivicPlanException refused) {
                periodsRefused++;
            } catch (RuntimeException e) {
                failures.add("period " + e + " on [" + esc(t) + "] at " + e.getStackTrace()[0]);
            }
        }
        assertThat(failures).as("raw exceptions").isEmpty();
        // the inputs reach both outcomes of the period reader, so the test exercises both
        assertThat(periodsRead).as("periods read").isPositive();
        assertThat(periodsRefused).as("periods refused").isPositive();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray())
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
    }
}
