package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code form} sends the unit report forms out, {@code collect} brings them back into a JSON store. */
class FormCommandsTest {
    @TempDir
    Path dir;

    private String seeded() throws Exception {
        String store = dir.resolve("store").toString();
        Cli seeded = Cli.run(
                "import", Cli.writeSample(dir.resolve("sample.json")).toString(), "--store", store, "--no-progress");
        assertThat(seeded.code()).as(seeded.toString()).isZero();
        return store;
    }

    @Test
    void oneUnitsFormOutAndBackRecordsItsDraftAndASecondTimeReplacesIt() throws Exception {
        String store = seeded();
        Path form = dir.resolve("SKHCN-2022-H1.xlsx");
        Cli out = Cli.run(
                "form",
                "--store",
                store,
                "--unit",
                "SKHCN",
                "--period",
                "2022-H1",
                "--out",
                form.toString(),
                "--lang",
                "en");
        assertThat(out.code()).as(out.toString()).isZero();
        assertThat(out.out()).contains("Wrote SKHCN's report form for 2022-H1").contains("due 2022-06-20");
        assertThat(form).isRegularFile();

        Cli back = Cli.run("collect", form.toString(), "--store", store, "--official", "van-thu", "--lang", "en");
        assertThat(back.code()).as(back.toString()).isZero();
        assertThat(back.out()).contains("SKHCN-2022-H1.xlsx (SKHCN, 2022-H1): draft report BC-SKHCN-2022-H1 recorded");

        Cli again = Cli.run("collect", form.toString(), "--store", store, "--lang", "en");
        assertThat(again.out()).as(again.toString()).contains("(replaces the earlier draft)");
    }

    @Test
    void allUnitsIntoAFolderThenTheFolderCollectedGivesTheTable() throws Exception {
        String store = seeded();
        Path folder = dir.resolve("forms");
        Cli out = Cli.run(
                "form",
                "--store",
                store,
                "--all-units",
                "--period",
                "2022-H1",
                "--out",
                folder.toString(),
                "--lang",
                "en");
        assertThat(out.code()).as(out.toString()).isZero();
        long written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.count();
        }
        assertThat(written).isGreaterThan(1);
        assertThat(out.out()).contains("Wrote " + written + " report forms for 2022-H1");

        Cli back = Cli.run("collect", folder.toString(), "--store", store, "--period", "2022-H1", "--lang", "en");
        assertThat(back.code()).as(back.toString()).isZero();
        assertThat(back.out())
                .startsWith("Unit\tReceived\tRows\tProblems\tFile")
                .contains("Still missing (2022-H1): none");
        assertThat(back.out().lines().filter(l -> l.contains("\tyes")).count()).isEqualTo(written);
    }

    @Test
    void aFolderOfAnotherPeriodIsRefusedFormByFormAndNothingIsRecorded() throws Exception {
        String store = seeded();
        Path folder = dir.resolve("forms");
        Cli.run("form", "--store", store, "--all-units", "--period", "2022-H1", "--out", folder.toString());
        Cli back = Cli.run("collect", folder.toString(), "--store", store, "--period", "2022-H2", "--lang", "en");
        assertThat(back.code()).as(back.toString()).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(back.out()).contains("the form is for 2022-H1").doesNotContain("\tyes");
    }

    @Test
    void aUnitOrAllUnitsButNotBoth() {
        Cli r = Cli.run(
                "form",
                "--store",
                "sample:",
                "--period",
                "2022-H1",
                "--out",
                dir.resolve("x.xlsx").toString(),
                "--lang",
                "en");
        assertThat(r.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("either --unit CODE").doesNotContain("Exception");
    }
}
