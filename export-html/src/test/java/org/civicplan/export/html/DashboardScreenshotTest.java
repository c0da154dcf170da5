package org.civicplan.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the dashboard in a real headless Chromium (Debian's chromium package; .ci/run installs
 * it) to {@code target/dashboard.png} and {@code target/dashboard-en.png} and prints it to {@code
 * target/dashboard.pdf} (A4), the build artefacts, and checks that no script error occurred. Skipped where Chromium is missing, except on CI (CI=true),
 * where a missing browser fails the build.
 */
class DashboardScreenshotTest {
    private static final long TIMEOUT_SECONDS = 90;

    private static Path chromium;
    private static Path target;

    @TempDir
    Path profile;

    @TempDir
    Path logs;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = locate();
        if (chromium == null) {
            String message =
                    "no headless Chromium found (looked for $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser,"
                            + " /usr/bin/google-chrome); install Debian's chromium package";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": required on CI");
            }
            Assumptions.abort(message);
        }
        target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
    }

    private static Path locate() {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("CHROMIUM")).ifPresent(candidates::add);
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private Path writeDashboard(String name) throws IOException {
        Path html = target.resolve(name);
        ExportRequest request = new ExportRequest(
                InMemoryPortfolioStore.of(DemoPortfolio.portfolio()),
                Optional.of(TestPortfolios.PLAN),
                Lang.VI,
                DemoPortfolio.AS_OF,
                Optional.of(DemoPortfolio.PERIOD));
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlDashboardExporter().export(request, out);
        }
        return html;
    }

    private record Run(int exit, String stdout, String stderr) {}

    private Run chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logs, "chromium", ".out");
        Path err = Files.createTempFile(logs, "chromium", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertNoConsoleErrors(Run run) {
        // Chromium logs uncaught page errors to stderr as CONSOLE messages
        for (String line : run.stderr().lines().toList()) {
            if (line.contains("CONSOLE") || line.contains("Uncaught")) {
                assertThat(line).as("console output").doesNotContain("Uncaught").doesNotContain("Error");
            }
        }
    }

    @Test
    void rendersToAPngScreenshot() throws Exception {
        Path html = writeDashboard("dashboard.html");
        for (String lang : List.of("vi", "en")) {
            Path png = target.resolve(lang.equals("vi") ? "dashboard.png" : "dashboard-en.png");
            Files.deleteIfExists(png);
            Run run = chromium(
                    "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000", html.toUri() + "#" + lang);
            assertThat(run.exit())
                    .as("chromium exit code; stderr:%n%s", run.stderr())
                    .isZero();
            assertThat(png).exists();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).as("PNG size").isGreaterThan(10_000);
            assertThat(bytes)
                    .startsWith(
                            (byte) 0x89,
                            (byte) 'P',
                            (byte) 'N',
                            (byte) 'G',
                            (byte) 0x0D,
                            (byte) 0x0A,
                            (byte) 0x1A,
                            (byte) 0x0A);
            assertNoConsoleErrors(run);
        }
    }

    @Test
    void printsToA4() throws Exception {
        Path html = writeDashboard("dashboard-print.html");
        Path pdf = target.resolve("dashboard.pdf");
        Files.deleteIfExists(pdf);
        Run run = chromium(
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath(),
                html.toUri().toString());
        assertThat(run.exit())
                .as("chromium exit code; stderr:%n%s", run.stderr())
                .isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // every page A4 portrait (595 x 842 points), as the stylesheet's @page asks
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/MediaBox [0 0 594.9");
        assertThat(java.util.Arrays.stream(text.split("/MediaBox \\[", -1)).skip(1))
                .isNotEmpty()
                .allSatisfy(box -> assertThat(box).startsWith("0 0 594.9").contains(" 841.9"));
        assertNoConsoleErrors(run);
    }

    @Test
    void scriptsRunWithoutErrorsAndTheLanguageSwitches() throws Exception {
        Path html = writeDashboard("dashboard-dom.html");
        Run run = chromium("--dump-dom", html.toUri() + "#en");
        assertThat(run.exit())
                .as("chromium exit code; stderr:%n%s", run.stderr())
                .isZero();
        Document dom = Jsoup.parse(run.stdout());
        Element errors = dom.getElementById("js-errors");
        assertThat(errors).isNotNull();
        assertThat(errors.text()).as("errors caught in the page").isEmpty();
        assertThat(errors.hasAttr("hidden")).isTrue();
        // the toggle script ran: #en switched the page to English
        assertThat(dom.selectFirst("html").attr("data-lang")).isEqualTo("en");
        assertThat(dom.select("table.items tbody tr")).hasSize(12);
        assertNoConsoleErrors(run);
    }
}
