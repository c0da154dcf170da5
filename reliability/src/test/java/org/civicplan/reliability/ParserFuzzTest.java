package org.civicplan.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.unit.TestUnitDirectory;
import org.civicplan.core.unit.UnitReading;
import org.civicplan.storage.json.PortfolioJson;

/**
 * Jazzer fuzz targets: the JSON import, the period parser and deadline reader (and its one-period
 * entry point), the document-reference parser and lenient reader, the unit-name resolver and the
 * amount parser throw nothing but the library's own exceptions ({@link CivicPlanException}), each
 * with a reason in both languages; any other throwable fails the target. In the normal build each target runs its seeds ({@code
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

    /**
     * The one-period entry point over the reader: a period, or the reader's refusal with its kind and
     * a reason in both languages.
     */
    @FuzzTest(maxDuration = "10m")
    void periodOne(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int pick = data[0] & 0xFF;
        ParseContext context = pick < 64
                ? ParseContext.none()
                : ParseContext.documentDated(LocalDate.of(1990, 1, 1).plusDays(pick * 83L));
        try {
            if (PeriodReader.period(new String(data, 1, data.length - 1, StandardCharsets.UTF_8), context) == null) {
                throw new AssertionError("no period and no refusal");
            }
        } catch (InvalidPeriodException refused) {
            requireReason(refused);
            if (refused.kind() == null) {
                throw new AssertionError("a refusal without its kind", refused);
            }
        }
    }

    /** The lenient document-number reader ("704/QĐ-TTg", "57-KL/TW", …): a reading or its refusal. */
    @FuzzTest(maxDuration = "10m")
    void documentRefRead(byte[] data) {
        try {
            if (DocumentRef.read(new String(data, StandardCharsets.UTF_8)).ref() == null) {
                throw new AssertionError("a reading without its reference");
            }
        } catch (CivicPlanException refused) {
            requireReason(refused);
        }
    }

    /**
     * The unit-name resolver over the test directory (real bodies, made-up codes); an odd first byte
     * reads the name in a Hanoi document: a resolution that keeps the text, or the refusal.
     */
    @FuzzTest(maxDuration = "10m")
    void unitResolver(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        try {
            UnitReading reading = (data[0] & 1) == 0
                    ? TestUnitDirectory.RESOLVER.resolve(text)
                    : TestUnitDirectory.RESOLVER.resolve(text, UnitCode.of("HN"));
            if (reading.resolution() == null || !reading.text().equals(text)) {
                throw new AssertionError("the resolution lost the text or its value: " + text);
            }
        } catch (CivicPlanException refused) {
            requireReason(refused);
        }
    }

    private static void requireReason(CivicPlanException e) {
        if (e.text().vi().isBlank() || e.text().en().isBlank()) {
            throw new AssertionError("a refusal without its reason", e);
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
