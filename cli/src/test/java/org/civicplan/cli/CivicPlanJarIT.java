package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runnable jar as users run it ({@code java -jar civicplan.jar}), in its own JVM: what the
 * in-process tests cannot see, i.e. that the shading kept every library, every {@code
 * META-INF/services} entry (JDBC drivers, Flyway's database support) and the logging provider.
 * Runs after {@code package} (failsafe), on the jar the build just made.
 */
class CivicPlanJarIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("civicplan.jar", "target/civicplan.jar"))
                .toAbsolutePath();
        assertThat(jar).as("the shaded jar, built in package").isRegularFile();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Run r = run("--help");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out()).contains("demo", "validate", "import", "export", "review", "calendar", "units");
    }

    @Test
    void versionIsTheArtifactVersion() throws Exception {
        Run r = run("--version");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out().strip()).isEqualTo("civicplan " + System.getProperty("civicplan.version"));
    }

    @Test
    void theToolRunsWithoutGuiceOrGuava() throws IOException {
        // Guice is an optional dependency of the library modules: what a plain-Java user gets
        // is what the tool is built from, and it must not carry Guice or its Guava
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> injected = zip.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith("com/google/inject/") || n.startsWith("com/google/common/"))
                    .limit(5)
                    .toList();
            assertThat(injected).as("Guice or Guava classes in the jar").isEmpty();
            assertThat(zip.getEntry("org/civicplan/core/service/PlanService.class"))
                    .isNotNull();
        }
    }

    @Test
    void demoWritesEveryResultAndPrintsTheSummary() throws Exception {
        Run r = run("demo", "--no-progress");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out())
                .contains("civicplan — chạy thử với dữ liệu minh họa")
                .contains("Sơ kết 6 tháng đầu năm 2021: ");
        // a logging provider is on the class path: no "No SLF4J providers were found" warning
        assertThat(r.err()).as(r::toString).doesNotContain("SLF4J");
        assertThat(dir.resolve("civicplan-data/civicplan.mv.db")).isRegularFile();
        for (String file : List.of(
                "civicplan-appendix.xlsx",
                "civicplan-appendix.csv",
                "civicplan-measurements.csv",
                "civicplan-portfolio.json",
                "civicplan-dashboard.html",
                "civicplan-appendix.docx",
                "review-2021-H1.docx",
                "clarity-report.txt",
                "clarity-report.json",
                "review-2021-H1.txt")) {
            assertThat(dir.resolve("out").resolve(file)).isNotEmptyFile();
        }
        JsonNode review = JSON.readTree(dir.resolve("out/review-2021-H1.json").toFile());
        assertThat(review.get("program").stringValue()).isEqualTo("07-CTr/TU");
        assertThat(review.get("period").stringValue()).isEqualTo("2021-H1");
    }

    @Test
    void importIntoH2ThenReviewAsJson() throws Exception {
        Run export = run("export", "--store", "sample:", "--format", "json", "--out", "sample.json", "--no-progress");
        assertThat(export.code()).as(export::toString).isZero();
        String h2 = "jdbc:h2:file:" + dir.resolve("db/civicplan");

        Run imported = run("import", "sample.json", "--store", h2, "--no-progress", "--lang", "en");
        Run review = run("review", "--store", h2, "--period", "2021-H1", "--format", "json");

        assertThat(imported.code()).as(imported::toString).isZero();
        assertThat(imported.out()).startsWith("Imported 49 items");
        assertThat(review.code()).as(review::toString).isZero();
        JsonNode root = JSON.readTree(review.out());
        assertThat(root.get("items").size()).isEqualTo(49);
    }

    @Test
    void readingAWordAppendixLogsNothingOnTheConsole() throws Exception {
        Run export = run("export", "--store", "sample:", "--format", "docx", "--out", "phu-luc.docx", "--no-progress");
        assertThat(export.code()).as(export::toString).isZero();

        Run validate = run("validate", "phu-luc.docx", "--store", "sample:", "--lang", "en");

        assertThat(validate.code()).as(validate::toString).isNotEqualTo(CivicPlanCli.ERROR);
        // Apache POI logs through the Log4j API: bridged to SLF4J, not a "no logging provider" line
        assertThat(validate.err())
                .as(validate::toString)
                .doesNotContain("Log4j")
                .doesNotContain("SLF4J");
    }

    @Test
    void validateOfTheSampleLoadsNoBeanValidationEngineAndNoOtherCommand() throws Exception {
        Run export = run("export", "--store", "sample:", "--format", "json", "--out", "sample.json", "--no-progress");
        assertThat(export.code()).as(export::toString).isZero();

        Run validate = runWith(List.of("-Xlog:class+load=info:file=classes.txt"), "validate", "sample.json");

        assertThat(validate.code()).as(validate::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(validate.out()).contains("Chưa sẵn sàng cho bước");
        List<String> loaded = Files.readAllLines(dir.resolve("classes.txt"), StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(l -> l.contains(" org.civicplan.validation.ClarityCheck "));
        // the check runs the civicplan rules directly: Hibernate Validator is never bootstrapped,
        // and a run of one command reads no other command's annotations
        assertThat(loaded)
                .noneMatch(l -> l.contains(" org.hibernate.validator."))
                .noneMatch(l -> l.contains(" org.civicplan.cli.DemoCommand "))
                .noneMatch(l -> l.contains(" org.flywaydb."))
                .noneMatch(l -> l.contains(" com.networknt."))
                // java.util.logging is set up when something first logs through it, which validate never does
                .noneMatch(l -> l.contains(" java.util.logging.LogManager "))
                // the error handlers are classes (kept in the launcher's archive), not lambdas made on each run
                .noneMatch(l -> l.contains(" org.civicplan.cli.CivicPlanCli$$Lambda"))
                // "validate FILE" is read without picocli: no annotation read, no proxy class made for one
                .noneMatch(l -> l.contains(" picocli.CommandLine$Model$CommandReflection "))
                .noneMatch(l -> l.contains("$Proxy"))
                // the file is read by a parser made without a Jackson mapper
                .noneMatch(l -> l.contains(" tools.jackson.databind."))
                // the typed ids' equals and hashCode are written out, not bootstrapped as a record's
                .noneMatch(l -> l.contains(" java.lang.runtime.ObjectMethods "));
    }

    @Test
    void javaUtilLoggingReachesSlf4jAtTheToolsLevels() throws Exception {
        // java.util.logging is configured only when first used: whatever logs through it then goes to
        // slf4j-simple on standard error, errors only by default, from INFO with --verbose
        Path probe = Path.of(JulProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> classPath = List.of("-cp", jar + java.io.File.pathSeparator + probe, JulProbe.class.getName());

        Run quiet = runJava(classPath);
        List<String> verboseArgs = new ArrayList<>(classPath);
        verboseArgs.add("--verbose");
        Run verbose = runJava(verboseArgs);

        assertThat(quiet.code()).as(quiet::toString).isZero();
        assertThat(quiet.err())
                .as(quiet::toString)
                .contains("ERROR org.civicplan.probe - severe through jul")
                .doesNotContain("warning through jul")
                .doesNotContain("info through jul")
                // no line of the JDK's own console handler
                .doesNotContain("SEVERE");
        assertThat(verbose.code()).as(verbose::toString).isZero();
        assertThat(verbose.err())
                .as(verbose::toString)
                .contains("ERROR org.civicplan.probe - severe through jul")
                .contains("WARN org.civicplan.probe - warning through jul")
                .contains("INFO org.civicplan.probe - info through jul")
                .doesNotContain("SEVERE");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneMessageNotATrace() throws Exception {
        Run r = run("units", "--store", "jdbc:postgresql://127.0.0.1:1/none", "--lang", "en");

        // the PostgreSQL driver is in the jar: the error is the driver's, not "no suitable driver"
        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: error: Cannot connect to the database jdbc:postgresql://127.0.0.1:1/none")
                .doesNotContainIgnoringCase("no suitable driver")
                .doesNotContain("\tat ");
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    private Run runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> javaArgs = new ArrayList<>(jvmOptions);
        javaArgs.addAll(List.of("-jar", jar.toString()));
        javaArgs.addAll(List.of(args));
        return runJava(javaArgs);
    }

    private Run runJava(List<String> javaArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8"));
        command.addAll(javaArgs);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
        }
    }
}
