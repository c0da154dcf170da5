package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Resolves every unit wording of the corpus ({@code corpus/units.tsv}, copied from published
 * documents, see {@code corpus/SOURCES.md}) against the test directory and compares with the
 * resolution worked out by hand. Nothing may resolve to a wrong unit; the counts are printed.
 */
class UnitNameCorpusTest {

    @Test
    void everyWordingResolvesAsWorkedOutByHand() {
        List<String[]> rows = TestUnitDirectory.rows("corpus/units.tsv", 5);
        List<String> wrong = new ArrayList<>();
        int resolved = 0;
        int lists = 0;
        int collective = 0;
        int ambiguous = 0;
        int unknown = 0;
        for (String[] row : rows) {
            UnitReading reading = row[2].equals("-")
                    ? TestUnitDirectory.RESOLVER.resolve(row[1])
                    : TestUnitDirectory.RESOLVER.resolve(row[1], UnitCode.of(row[2]));
            assertThat(reading.text()).isEqualTo(row[1]);
            String got = encode(reading.resolution());
            if (!got.equals(row[3])) {
                wrong.add(row[0] + " \"" + row[1] + "\": expected " + row[3] + ", got " + got);
                continue;
            }
            UnitResolution r = reading.resolution();
            if (r instanceof UnitResolution.Resolved) {
                resolved++;
            } else if (r instanceof UnitResolution.Several) {
                lists++;
            } else if (r instanceof UnitResolution.Collective) {
                collective++;
            } else if (r instanceof UnitResolution.Ambiguous) {
                ambiguous++;
            } else {
                unknown++;
            }
        }
        System.out.printf(
                "unit corpus: %d wordings: %d resolved to one unit, %d lists, %d collective, %d ambiguous,"
                        + " %d unknown, %d differing from the hand resolution%n",
                rows.size(), resolved, lists, collective, ambiguous, unknown, wrong.size());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
        assertThat(wrong).isEmpty();
    }

    static String encode(UnitResolution resolution) {
        if (resolution instanceof UnitResolution.Resolved r) {
            return r.unit().value();
        }
        if (resolution instanceof UnitResolution.Several s) {
            return s.members().stream().map(UnitNameCorpusTest::encode).collect(Collectors.joining(";"));
        }
        if (resolution instanceof UnitResolution.Collective c) {
            return "COLLECTIVE:"
                    + Stream.concat(
                                    c.unspecified() ? Stream.of("*") : Stream.empty(),
                                    c.kinds().stream().map(UnitKind::code).sorted())
                            .collect(Collectors.joining(","));
        }
        if (resolution instanceof UnitResolution.Ambiguous a) {
            return "AMBIGUOUS:"
                    + a.candidates().stream().map(UnitCode::value).sorted().collect(Collectors.joining("|"));
        }
        return "UNKNOWN";
    }
}
