package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Header#looksLikeHeader} stops at the first miss too many without asking the memo about the
 * cells after it: the same answer as the reading it replaced (kept here as {@link #reference}) for
 * every row of long seeded sequences of header-like, data and mixed rows, and the same memo after
 * every row (a memo learns only the texts read, in the same order).
 */
class LooksLikeHeaderTest {
    private static final String[] HEADINGS = {
        "STT",
        "TT",
        "Nhiệm vụ",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Đơn vị chủ trì",
        "Chủ trì",
        "Cơ quan phối hợp",
        "Phối hợp",
        "Thời gian hoàn thành",
        "Thời hạn",
        "Sản phẩm",
        "Ghi chú",
        "Thời gian",
        "Tháng",
        "Bắt đầu",
        "Hoàn thành",
        "Đơn vị thực hiện",
        "Cấp trình",
        "Kinh phí"
    };
    private static final String[] DATA = {
        "1",
        "2.",
        "a)",
        "-",
        "Quý I/2022",
        "Sở Tài chính",
        "Sở Nội vụ; các sở, ban, ngành liên quan",
        "Báo cáo kết quả",
        "Quyết định số 12/QĐ-UBND",
        "Năm 2023",
        "Tháng 12/2021",
        "UBND tỉnh",
        "Nhiệm vụ về chuyển đổi số",
        "  ",
        "",
        "Ghi chú khác"
    };

    @Test
    void sameAnswersAndMemoAsTheReadingReplaced() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Headings.Memo memo = new Headings.Memo();
            Headings.Memo referenceMemo = new Headings.Memo();
            int headers = 0;
            for (int r = 1; r <= 3_000; r++) {
                RawRow row = row(random, r);
                boolean want = reference(row, referenceMemo);
                assertThat(Header.looksLikeHeader(row, memo))
                        .as("seed %d row %d: %s", seed, r, row)
                        .isEqualTo(want);
                assertThat(seen(memo)).as("seed %d row %d", seed, r).isEqualTo(seen(referenceMemo));
                headers += want ? 1 : 0;
            }
            // the sequences hold both kinds of rows
            assertThat(headers).isBetween(1, 2_999);
        }
    }

    private static RawRow row(Random random, int number) {
        int kind = random.nextInt(4);
        int width = 1 + random.nextInt(8);
        List<RawCell> cells = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < width; i++) {
            String text;
            int pick = random.nextInt(10);
            if (kind == 0 && pick < 8 || kind == 2 && pick < 5) {
                text = HEADINGS[random.nextInt(HEADINGS.length)];
            } else if (pick == 9) {
                // a new text each time (never met before), sometimes longer than any heading
                text = "Nhiệm vụ số " + random.nextInt(1_000_000) + (random.nextBoolean() ? "" : " ".repeat(90) + "x");
            } else {
                text = DATA[random.nextInt(DATA.length)];
            }
            int span = random.nextInt(6) == 0 ? 2 : 1;
            int origin = random.nextInt(7) == 0 ? number - 1 : number;
            cells.add(new RawCell(column, span, text, origin, false, false, false));
            column += span;
        }
        return new RawRow(number, cells, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Headings.Match> seen(Headings.Memo memo) throws Exception {
        Field f = Headings.Memo.class.getDeclaredField("seen");
        f.setAccessible(true);
        return Map.copyOf((Map<String, Headings.Match>) f.get(memo));
    }

    /** The reading replaced: every cell's memo look-up first, then the misses counted. */
    static boolean reference(RawRow row, Headings.Memo headings) {
        int texts = 0;
        for (RawCell c : row.cells()) {
            if (!c.text().isBlank() && !c.continues(row.number())) {
                texts++;
            }
        }
        if (texts < 2) {
            return false;
        }
        int missesAllowed = texts * 2 / 5;
        List<RawCell> cells = row.cells();
        Headings.Match[] known = new Headings.Match[cells.size()];
        for (int i = 0; i < known.length; i++) {
            RawCell c = cells.get(i);
            if (!c.text().isBlank() && !c.continues(row.number())) {
                known[i] = headings.known(c.text());
            }
        }
        boolean task = false;
        int matched = 0;
        int misses = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < known.length; i++) {
                RawCell c = cells.get(i);
                if (c.text().isBlank() || c.continues(row.number()) || (known[i] != null) != (pass == 0)) {
                    continue;
                }
                Headings.Match m = pass == 0 ? known[i] : headings.read(c.text());
                if (m == Headings.Memo.NONE) {
                    m = null;
                }
                if (m == null) {
                    if (++misses > missesAllowed) {
                        return false;
                    }
                    continue;
                }
                matched++;
                task |= m.field() == org.civicplan.appendix.Field.TASK;
            }
        }
        return task && matched >= 2 && matched * 5 >= texts * 3;
    }
}
