package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicplan export} wrote every file with mode 0644 whatever the umask, and widened a file it
 * replaced (issue 19). Now a new export gets the mode the umask gives any new file, and a replaced
 * file keeps its own. The CLI runs in a child process started by a shell with the umask set.
 */
class ExportModeTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aNewExportFollowsTheUmask() throws Exception {
        Path privateOut = work.resolve("private.csv");
        export("077", privateOut);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateOut)))
                .isEqualTo("rw-------");
        Path sharedOut = work.resolve("shared.csv");
        export("022", sharedOut);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sharedOut)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aReplacedExportKeepsItsNarrowerMode() throws Exception {
        Path out = work.resolve("kept.csv");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        export("022", out);
        assertThat(Files.readString(out)).isNotEqualTo("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-------");
    }

    private void export(String umask, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        "/bin/sh",
                        "-c",
                        "umask " + umask + " && exec \"$0\" -cp \"$1\" org.civicplan.cli.CivicPlanCli export"
                                + " --store sample: --format csv --no-progress --out \"$2\"",
                        java,
                        System.getProperty("java.class.path"),
                        out.toString()))
                .redirectError(err.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    }
}
