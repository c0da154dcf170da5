package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON store whose last commit was interrupted after its journal was written is completed when it
 * is opened; the CLI printed the store's log line about it ("[main] WARN … completed an interrupted
 * commit") among the results (issue 19). The commit is whole, so there is nothing to tell the user:
 * the line is logged at INFO, which the CLI does not show.
 */
class RecoveryNoticeTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aCompletedInterruptedCommitPrintsNoLogLine() throws Exception {
        Path dir = work.resolve("store");
        JsonFileStore.open(dir, TestPortfolios.HANOI).importPortfolio(TestPortfolios.portfolio());
        List<Path> documents;
        try (Stream<Path> files = Files.walk(dir)) {
            documents =
                    files.filter(p -> p.toString().endsWith(".json")).limit(2).toList();
        }
        assertThat(documents).hasSize(2);
        // what a commit killed after writing its journal leaves: the new files beside the old ones
        StringBuilder journal = new StringBuilder("civicplan-commit-journal 1\n");
        for (Path doc : documents) {
            Path temp = doc.resolveSibling(doc.getFileName() + ".tmp-killed");
            Files.copy(doc, temp);
            journal.append(dir.relativize(temp))
                    .append('\t')
                    .append(dir.relativize(doc))
                    .append('\n');
        }
        Files.writeString(dir.resolve("commit.journal"), journal, StandardCharsets.UTF_8);

        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.civicplan.cli.CivicPlanCli",
                        "units",
                        "--store",
                        dir.toString(),
                        "--portfolio",
                        TestPortfolios.HANOI.value()))
                .redirectError(err.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(dir.resolve("commit.journal")).as("the commit was completed").doesNotExist();
        assertThat(stderr)
                .doesNotContain("interrupted commit")
                .doesNotContain("WARN")
                .doesNotContain("[main]");
        assertThat(Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8))
                .contains("SKHCN");
    }
}
