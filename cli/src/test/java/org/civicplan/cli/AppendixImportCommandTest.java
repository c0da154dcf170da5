package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import appendix.xlsx}: into a plan of the store, or a new draft plan; a dry run writes nothing. */
class AppendixImportCommandTest {
    @TempDir
    Path dir;

    private Path sampleAppendix() {
        Path xlsx = dir.resolve("appendix.xlsx");
        Cli export = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "xlsx",
                "--plan",
                "KH-UBND-07",
                "--out",
                xlsx.toString(),
                "--no-progress");
        assertThat(export.code()).as(export.toString()).isZero();
        return xlsx;
    }

    @Test
    void aDryRunIntoTheIssuedPlanItCameFromFindsEveryItemUnchanged() {
        Cli r = Cli.run(
                "import",
                sampleAppendix().toString(),
                "--store",
                "sample:",
                "--plan",
                "KH-UBND-07",
                "--dry-run",
                "--lang",
                "en");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .as(r.toString())
                .containsPattern("Items: (\\d+) read, 0 new, 0 changed, \\1 unchanged")
                .contains("(issued: changes become adjustment proposals)")
                .contains("Dry run: nothing written.");
    }

    @Test
    void aNewDraftPlanInAJsonStoreThenTheSameFileAgainChangesNothing() throws Exception {
        Path xlsx = sampleAppendix();
        String store = dir.resolve("store").toString();
        Cli seeded = Cli.run(
                "import", Cli.writeSample(dir.resolve("sample.json")).toString(), "--store", store, "--no-progress");
        assertThat(seeded.code()).as(seeded.toString()).isZero();

        Cli created = Cli.run(
                "import",
                xlsx.toString(),
                "--store",
                store,
                "--plan",
                "KH-300",
                "--new-plan",
                "--program",
                "07-CTr/TU",
                "--number",
                "300/KH-UBND",
                "--date",
                "2022-01-05",
                "--as",
                "UBND",
                "--lang",
                "en");
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.out()).contains("→ plan KH-300 (new draft)").containsPattern("Written: [1-9]\\d* new items");

        Cli again =
                Cli.run("import", xlsx.toString(), "--store", store, "--plan", "KH-300", "--dry-run", "--lang", "en");
        assertThat(again.out())
                .as(again.toString())
                .containsPattern("Items: (\\d+) read, 0 new, 0 changed, \\1 unchanged");
    }

    @Test
    void aNewPlanWithoutItsNumberIsRefusedSayingWhatIsNeeded() {
        Cli r = Cli.run(
                "import",
                sampleAppendix().toString(),
                "--store",
                "sample:",
                "--plan",
                "KH-300",
                "--new-plan",
                "--as",
                "UBND",
                "--lang",
                "en");
        assertThat(r.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("--new-plan").contains("--number").doesNotContain("Exception");
    }

    @Test
    void appendixOptionsOnAJsonFileAreRefused() throws Exception {
        Path json = Cli.writeSample(dir.resolve("sample.json"));
        Cli r = Cli.run(
                "import", json.toString(), "--store", dir.resolve("store").toString(), "--dry-run", "--lang", "en");
        assertThat(r.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("apply to an appendix");
        assertThat(dir.resolve("store")).doesNotExist();
    }
}
