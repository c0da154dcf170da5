package org.civicplan.core.docref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads every document number of the corpus ({@code corpus/numbers.tsv}, copied from published
 * documents, see {@code corpus/SOURCES.md}) and compares with the reading worked out by hand: all
 * must read right.
 */
class DocumentNumberCorpusTest {

    @Test
    void everyNumberReadsAsWorkedOutByHand() throws IOException {
        List<String[]> rows = rows();
        List<String> wrong = new ArrayList<>();
        int party = 0;
        int flagged = 0;
        for (String[] row : rows) {
            String got;
            try {
                DocumentReading reading = DocumentRef.read(row[1]);
                got = encode(reading);
                party += reading.ref().scope() == NumberingScope.PARTY_TERM ? 1 : 0;
                flagged += reading.flags().isEmpty() ? 0 : 1;
            } catch (InvalidDocumentRefException e) {
                got = "refused: " + e.text().en();
            }
            String expected = String.join("|", List.of(row).subList(2, 8));
            if (!got.equals(expected)) {
                wrong.add(row[0] + " \"" + row[1] + "\": expected " + expected + ", got " + got);
            }
        }
        System.out.printf(
                "document-number corpus: %d numbers, %d read right (%d party, %d flagged), %d wrong%n",
                rows.size(), rows.size() - wrong.size(), party, flagged, wrong.size());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(wrong).isEmpty();
    }

    private static String encode(DocumentReading reading) {
        DocumentRef ref = reading.ref();
        return String.join(
                "|",
                ref.scope() == NumberingScope.PARTY_TERM ? "P" : "S",
                ref.number(),
                ref.year().map(String::valueOf).orElse("-"),
                ref.typeCode().orElse("-"),
                String.join("-", reading.issuerParts()),
                reading.flags().isEmpty()
                        ? "-"
                        : reading.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = DocumentNumberCorpusTest.class.getResourceAsStream("corpus/numbers.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("id\t")) {
                    String[] cells = line.split("\t", -1);
                    assertThat(cells).as(line).hasSize(9);
                    rows.add(cells);
                }
            }
            return rows;
        }
    }
}
