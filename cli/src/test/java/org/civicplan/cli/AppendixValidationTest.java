package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on an appendix file: a dry run of the appendix reader, nothing written. */
class AppendixValidationTest {
    @TempDir
    Path dir;

    /** civicplan's own appendix workbook, read back against the same store's units. */
    @Test
    void ourOwnAppendixReadsBackWithEveryUnitResolved() throws Exception {
        Path xlsx = dir.resolve("appendix.xlsx");
        Cli export =
                Cli.run("export", "--store", "sample:", "--format", "xlsx", "--out", xlsx.toString(), "--no-progress");
        assertThat(export.code()).as(export.toString()).isZero();

        Cli r = Cli.run("validate", xlsx.toString(), "--store", "sample:", "--lang", "en");

        assertThat(r.out())
                .as(r.toString())
                .contains("Items read: ")
                .contains(" 0 unknown")
                .contains("0 errors");
        assertThat(r.code()).as(r.toString()).isEqualTo(CivicPlanCli.OK);
    }

    /** Without a store no unit can be resolved, and the tool says why on standard error. */
    @Test
    void withoutAStoreUnitsAreUnknownAndTheToolSaysWhy() throws Exception {
        Path xlsx = dir.resolve("appendix.xlsx");
        Cli.run("export", "--store", "sample:", "--format", "xlsx", "--out", xlsx.toString(), "--no-progress");

        Cli r = Cli.run("validate", xlsx.toString(), "--lang", "en");

        assertThat(r.err()).contains("no --store");
        assertThat(r.out()).containsPattern("Units: 0 resolved, \\d+ collective, \\d+ ambiguous, [1-9]\\d* unknown");
    }

    /** The old binary format is refused with the advice to save as .xlsx, exit 2, nothing else. */
    @Test
    void anOldBinaryWorkbookIsRefusedWithAdvice() throws Exception {
        Path xls = Files.write(dir.resolve("phu-luc.xls"), new byte[] {
            (byte) 0xD0,
            (byte) 0xCF,
            0x11,
            (byte) 0xE0,
            (byte) 0xA1,
            (byte) 0xB1,
            0x1A,
            (byte) 0xE1,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        });

        Cli r = Cli.run("validate", xls.toString(), "--lang", "en");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(".xlsx").doesNotContain("Exception");
    }
}
