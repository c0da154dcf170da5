package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./civicplan} as users run it, on a copy of the repository's layout
 * (the script beside {@code cli/target/civicplan.jar}, no module sources, so it never builds): its
 * class-data sharing archive is made next to the jar, made again when the jar is newer, and when it
 * cannot be made the tool runs as {@code java -jar} does, with nothing more on standard error.
 */
class LauncherIT {
    @TempDir
    Path root;

    private Path jar;
    private Path work;

    @BeforeEach
    void copyLayout() throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("civicplan.launcher", "../civicplan"));
        Path built = Path.of(System.getProperty("civicplan.jar", "target/civicplan.jar"));
        assertThat(launcher).as("the launcher script at the repository root").isRegularFile();
        assertThat(built).as("the shaded jar, built in package").isRegularFile();
        Files.copy(launcher, root.resolve("civicplan"));
        jar = Files.createDirectories(root.resolve("cli/target")).resolve("civicplan.jar");
        Files.copy(built, jar, StandardCopyOption.COPY_ATTRIBUTES);
        work = Files.createDirectories(root.resolve("work"));
        Run export = java(
                "-jar",
                jar.toString(),
                "export",
                "--store",
                "sample:",
                "--format",
                "json",
                "--out",
                "sample.json",
                "--no-progress");
        assertThat(export.code()).as(export::toString).isZero();
    }

    @Test
    void anArchiveThatCannotBeMadeChangesNothing() throws Exception {
        // a path under a regular file: no one can create it, not even root
        Path notAFolder = Files.writeString(root.resolve("not-a-folder"), "x");
        Map<String, String> env = Map.of(
                "CIVICPLAN_CDS_ARCHIVE", notAFolder.resolve("civicplan.jsa").toString());

        Run launched = launcher(env, "validate", "sample.json", "--lang", "en");
        Run direct = java("-jar", jar.toString(), "validate", "sample.json", "--lang", "en");

        assertThat(launched.code()).as(launched::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(launched.out()).isEqualTo(direct.out()).contains("Not ready for Submission");
        assertThat(launched.err()).as(launched::toString).isEmpty();
        assertThat(filesUnder(root))
                .as("no archive, temporary file or JVM error report left behind")
                .noneMatch(p -> p.contains(".jsa") || p.contains("hs_err"));
    }

    @Test
    void theArchiveIsMadeNextToTheJarUsedAndMadeAgainForANewerJar() throws Exception {
        Path archive = jar.resolveSibling("civicplan.jsa");
        Run direct = java("-jar", jar.toString(), "validate", "sample.json");

        Run first = launcher(Map.of(), "validate", "sample.json");
        assertThat(archive).as("made on the first run").isNotEmptyFile();
        Run second = launcher(Map.of(), "validate", "sample.json");

        assertThat(first.code()).as(first::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(first.out()).isEqualTo(direct.out());
        assertThat(second.out()).isEqualTo(direct.out());
        assertThat(first.err() + second.err()).isEmpty();
        // the JVM maps it: a run that insists on the archive succeeds
        Run mapped = java(
                "-Xshare:on",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + archive,
                "-jar",
                jar.toString(),
                "--version");
        assertThat(mapped.code()).as(mapped::toString).isZero();

        // a rebuilt jar: the archive made from the old one is replaced
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Run rebuilt = launcher(Map.of(), "--version");
        assertThat(rebuilt.code()).as(rebuilt::toString).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
        assertThat(filesUnder(root)).noneMatch(p -> p.endsWith(".tmp") || p.contains("hs_err"));
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(Path::toString).toList();
        }
    }

    private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("sh", root.resolve("civicplan").toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // the launcher runs the `java` on the PATH: the one running these tests
        builder.environment().put("PATH", Path.of(javaCommand()).getParent() + ":" + System.getenv("PATH"));
        builder.environment().remove("CIVICPLAN_CDS_ARCHIVE");
        builder.environment().remove("CIVICPLAN_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
        }
        Run r = new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
        }
    }
}
