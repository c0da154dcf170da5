package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file another process holds: the CLI said "check the URL, --user and --password" (issue 19).
 * It now says that another process is using the database, in the chosen language.
 */
class LockedDatabaseMessageTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anH2FileHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("db").resolve("civicplan").toAbsolutePath();
        CrashSafetyTest.Child holder = CrashSafetyTest.Child.start(work, "hold", url);
        try {
            holder.awaitLine("ready", 120);
            BadInputCatalogTest.Cli en = BadInputCatalogTest.Cli.run("units", "--store", url, "--lang", "en");
            assertThat(en.code()).as(en.err()).isEqualTo(2);
            assertThat(en.err())
                    .contains("in use by another process")
                    .doesNotContain("--password")
                    .doesNotContain("Exception");
            BadInputCatalogTest.Cli vi = BadInputCatalogTest.Cli.run("units", "--store", url);
            assertThat(vi.code()).isEqualTo(2);
            assertThat(vi.err()).contains("đang được một tiến trình khác sử dụng");
        } finally {
            holder.process.destroyForcibly();
            holder.process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
