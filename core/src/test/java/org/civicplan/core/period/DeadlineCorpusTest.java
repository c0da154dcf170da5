package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader against real deadline phrases copied from published Vietnamese documents ({@code
 * corpus/deadlines.tsv}, sources in {@code corpus/SOURCES.md}). Each phrase carries the reading a
 * person wrote down by hand, or {@code REFUSE:<kind>} when it cannot be dated from the text (and
 * the document's date) alone. Fails when any phrase is read wrong, or when fewer than 95 % of the
 * phrases a reader can date are read.
 */
class DeadlineCorpusTest {
    static final String CORPUS = "corpus/deadlines.tsv";
    private static final String SOURCES = "corpus/SOURCES.md";

    record Row(String id, String phrase, String expected, String reference, String source) {
        ParseContext context() {
            return reference.isEmpty() ? ParseContext.none() : ParseContext.documentDated(LocalDate.parse(reference));
        }

        boolean expectsRefusal() {
            return expected.startsWith("REFUSE:");
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = rows();
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : resource(CORPUS).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException("corpus line needs 5 columns: " + line);
            }
            out.add(new Row(f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DeadlineCorpusTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the reader makes of a row: its code, or REFUSE:kind. */
    static String reading(Row row) {
        try {
            return PeriodReader.read(row.phrase(), row.context()).code();
        } catch (InvalidPeriodException e) {
            return "REFUSE:" + e.kind().code();
        }
    }

    @Test
    void readsTheCorpus() {
        int read = 0;
        int rightlyRefused = 0;
        List<String> wronglyRefused = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            String got = reading(row);
            String line = row.id() + " \"" + row.phrase() + "\": expected " + row.expected() + ", got " + got;
            if (got.equals(row.expected())) {
                if (row.expectsRefusal()) {
                    rightlyRefused++;
                } else {
                    read++;
                }
            } else if (!row.expectsRefusal() && got.startsWith("REFUSE:")) {
                wronglyRefused.add(line);
            } else {
                wrong.add(line);
            }
        }
        int datable = read + wronglyRefused.size();
        double share = datable == 0 ? 0 : 100.0 * read / datable;
        System.out.printf(
                "deadline corpus: %d phrases, %d read, %d rightly refused, %d wrongly refused, %d wrong;"
                        + " %.1f %% of the datable phrases read%n",
                rows.size(), read, rightlyRefused, wronglyRefused.size(), wrong.size(), share);
        wronglyRefused.forEach(l -> System.out.println("  wrongly refused " + l));
        wrong.forEach(l -> System.out.println("  WRONG " + l));
        assertThat(wrong).as("phrases read wrong").isEmpty();
        assertThat(share)
                .as("share of datable phrases read, wrongly refused: %s", wronglyRefused)
                .isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void everyRowHasAUniqueIdAndADocumentedSource() throws IOException {
        String sources = resource(SOURCES);
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            assertThat(ids.add(row.id())).as("duplicate id %s", row.id()).isTrue();
            assertThat(sources).as("source %s of %s", row.source(), row.id()).contains("| " + row.source() + " |");
            assertThat(row.phrase()).as(row.id()).isNotBlank();
        }
        // the corpus is real text; a truncated file would quietly test less
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void keepsEachPhraseAsWritten() {
        for (Row row : rows) {
            if (!row.expectsRefusal()) {
                assertThat(PeriodReader.read(row.phrase(), row.context()).text())
                        .isEqualTo(row.phrase());
            }
        }
    }
}
