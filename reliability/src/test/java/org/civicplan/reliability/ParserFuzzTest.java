package org.civicplan.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.storage.json.PortfolioJson;

/**
 * Jazzer fuzz targets: the JSON import, the period parser and deadline reader, the document-reference parser and the
 * amount parser throw nothing but the library's own exceptions ({@link CivicPlanException}); any
 * other throwable fails the target. In the normal build each target runs its seeds ({@code
 * src/test/resources/org/civicplan/reliability/ParserFuzzTestInputs/<method>/}) as regression tests;
 * {@code JAZZER_FUZZ=1} fuzzes (see RELIABILITY.md).
 */
class ParserFuzzTest {
    private static final PortfolioJson JSON = PortfolioJson.create();

    @FuzzTest(maxDuration = "10m")
    void jsonImport(byte[] data) {
        try {
            JSON.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (CivicPlanException expected) {
            // the library's own error: fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void period(byte[] data) {
        try {
            Period.parse(new String(data, StandardCharsets.UTF_8));
        } catch (CivicPlanException expected) {
            // fine
        }
    }

    /**
     * The deadline reader: the first byte picks the context (none, or a document date somewhere in
     * 1990–2049, so missing years and "ngày ký" are exercised too), the rest is the phrase.
     */
    @FuzzTest(maxDuration = "10m")
    void periodReader(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int pick = data[0] & 0xFF;
        ParseContext context = pick < 64
                ? ParseContext.none()
                : ParseContext.documentDated(LocalDate.of(1990, 1, 1).plusDays(pick * 83L));
        try {
            PeriodReader.read(new String(data, 1, data.length - 1, StandardCharsets.UTF_8), context);
        } catch (CivicPlanException expected) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void documentRef(byte[] data) {
        try {
            DocumentRef.parse(new String(data, StandardCharsets.UTF_8));
        } catch (CivicPlanException expected) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void vnd(byte[] data) {
        try {
            Vnd.parse(new String(data, StandardCharsets.UTF_8));
        } catch (CivicPlanException expected) {
            // fine
        }
    }
}
