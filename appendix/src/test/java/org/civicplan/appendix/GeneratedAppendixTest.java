package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicplan.appendix.DocxFixture.Cell;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded generated appendices, written as xlsx and as docx, read back equal; and damaged copies of a
 * valid file read or refuse with {@link UnableToReadAppendixException}, never another exception.
 */
class GeneratedAppendixTest {
    private static final String[] STT = {"1", "2.", "1.1", "a", "b)", "-", "+"};
    private static final String[] DEADLINES = {"Quý I/2022", "Tháng 12/2021", "Năm 2023", "6 tháng đầu năm 2022"};
    private static final String[] HEADERS = {
        "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"
    };

    private final UnitDirectory units = Units.directory();
    private final AppendixReader reader = new AppendixReader(units);

    @TempDir
    Path dir;

    /** A generated table: section rows ("I", heading) and item rows (five cells). */
    private List<String[]> generate(long seed) {
        Random random = new Random(seed);
        List<OrgUnit> all = units.sorted();
        List<String[]> rows = new ArrayList<>();
        int sections = 1 + random.nextInt(3);
        for (int s = 1; s <= sections; s++) {
            rows.add(new String[] {org.civicplan.core.text.RomanNumerals.of(s), "Nhóm nhiệm vụ " + s});
            int items = random.nextInt(6);
            for (int i = 0; i < items; i++) {
                String lead = all.get(random.nextInt(all.size())).name();
                String coord = all.get(random.nextInt(all.size())).name() + "; "
                        + all.get(random.nextInt(all.size())).name();
                String task = "Nhiệm vụ " + seed + "-" + s + "-" + i + (random.nextBoolean() ? "\ndòng thứ hai" : "");
                rows.add(new String[] {
                    STT[random.nextInt(STT.length)], task, lead, coord, DEADLINES[random.nextInt(DEADLINES.length)]
                });
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void generatedTablesReadBackEqualFromXlsxAndDocx(long seed) throws IOException {
        List<String[]> rows = generate(seed);
        Path xlsx = dir.resolve("g.xlsx");
        try (XlsxFixture x = new XlsxFixture(xlsx)) {
            x.sheet("Phụ lục").row(0, HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                x.row(r + 1, rows.get(r));
                if (rows.get(r).length == 2) {
                    x.merge(r + 1, 1, r + 1, HEADERS.length - 1);
                }
            }
        }
        Path docx = dir.resolve("g.docx");
        try (DocxFixture d = new DocxFixture(docx)) {
            List<Cell[]> table = new ArrayList<>();
            table.add(cells(HEADERS));
            for (String[] row : rows) {
                table.add(
                        row.length == 2
                                ? new Cell[] {DocxFixture.c(row[0]), DocxFixture.span(HEADERS.length - 1, row[1])}
                                : cells(row));
            }
            d.table(table.toArray(new Cell[0][]));
        }
        for (Path file : List.of(xlsx, docx)) {
            Collected read = Collected.read(reader, file);
            List<String> got = new ArrayList<>();
            for (AppendixRow row : read.rows) {
                if (row instanceof AppendixRow.Section s) {
                    got.add(s.numeral() + "|" + s.heading());
                } else if (row instanceof AppendixItem i) {
                    got.add(i.number() + "|" + i.task() + "|" + i.text(Field.LEAD) + "|" + i.text(Field.COORDINATING)
                            + "|" + i.deadline().written());
                    assertThat(i.lead()).extracting(UnitMention::status).containsOnly(UnitMention.Status.RESOLVED);
                    assertThat(i.coordinating()).hasSize(2);
                }
            }
            List<String> want = new ArrayList<>();
            rows.forEach(r -> want.add(String.join("|", r)));
            assertThat(got).as(file.getFileName().toString()).containsExactlyElementsOf(want);
            assertThat(read.summary.units().unknown()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void damagedFilesReadOrRefuseCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        Path valid = dir.resolve(seed % 2 == 0 ? "v.xlsx" : "v.docx");
        if (seed % 2 == 0) {
            try (XlsxFixture x = new XlsxFixture(valid)) {
                x.sheet("Phụ lục").row(0, HEADERS).row(1, "1", "Nhiệm vụ", "Sở Tài chính", "", "Quý I/2022");
            }
        } else {
            try (DocxFixture d = new DocxFixture(valid)) {
                d.table(cells(HEADERS), cells(new String[] {"1", "Nhiệm vụ", "Sở Tài chính", "", "Quý I/2022"}));
            }
        }
        byte[] bytes = Files.readAllBytes(valid);
        for (int k = 1 + random.nextInt(8); k > 0; k--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        Path damaged = Files.write(dir.resolve("damaged-" + valid.getFileName()), bytes);
        assertThatCode(() -> {
                    try {
                        reader.summarize(damaged);
                    } catch (UnableToReadAppendixException expected) {
                        assertThat(expected.getMessage()).startsWith("damaged-");
                    }
                })
                .doesNotThrowAnyException();
    }

    private static Cell[] cells(String[] texts) {
        Cell[] out = new Cell[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = DocxFixture.c(texts[i]);
        }
        return out;
    }
}
