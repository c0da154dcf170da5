package org.civicplan.core.unit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.docref.InvalidDocumentRefException;
import org.civicplan.core.model.UnitCode;

/**
 * Jazzer fuzz targets for the lenient document-number reader and the unit-name resolver: each
 * gives a value or its own exception, nothing else. In the normal build each target runs its seeds
 * ({@code src/test/resources/org/civicplan/core/unit/NameReadersFuzzTestInputs/<method>/}) as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NameReadersFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void documentNumber(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            if (DocumentRef.read(text).ref() == null) {
                throw new AssertionError("no reference for " + text);
            }
        } catch (InvalidDocumentRefException expected) {
            // the reader's own refusal: fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void unitName(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            UnitReading reading = data.length % 2 == 0
                    ? TestUnitDirectory.RESOLVER.resolve(text)
                    : TestUnitDirectory.RESOLVER.resolve(text, UnitCode.of("HN"));
            if (!reading.text().equals(text)) {
                throw new AssertionError("text not kept: " + text);
            }
        } catch (InvalidUnitNameException expected) {
            // the resolver's own refusal: fine
        }
    }
}
