package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.json.PortfolioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too large for the Java heap: {@code civicplan validate} ran out of memory and died with a
 * raw {@code OutOfMemoryError} and exit 1, the code for "findings" (issue 19). Now: exit 2 and
 * advice in the chosen language (more memory with -Xmx, or smaller files), no stack trace. Run in
 * a child JVM with a small heap so that a modest file exhausts it.
 */
class OutOfMemoryTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void validateOutOfMemoryExitsTwoWithAdviceInBothLanguages() throws Exception {
        Path file = work.resolve("large.json");
        try (var out = Files.newOutputStream(file)) {
            // about 20 MB of JSON, far more than the 32 MB heap holds as a tree and a model
            PortfolioJson.create().write(CrashChild.big(PortfolioId.of("large"), 20_000), out);
        }
        for (String lang : List.of("vi", "en")) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx32m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.civicplan.cli.CivicPlanCli",
                    "validate",
                    file.toString(),
                    "--lang",
                    lang));
            Path err = work.resolve("err-" + lang);
            Process p = new ProcessBuilder(command)
                    .redirectError(err.toFile())
                    .redirectOutput(work.resolve("out-" + lang).toFile())
                    .start();
            assertThat(p.waitFor(4, TimeUnit.MINUTES)).isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr).contains("-Xmx4g").doesNotContain("Exception", "\tat ", "java.lang.OutOfMemoryError");
            assertThat(stderr)
                    .contains(lang.equals("vi") ? "không đủ bộ nhớ" : "out of memory")
                    .contains(lang.equals("vi") ? "chia tệp" : "split the file");
        }
    }
}
