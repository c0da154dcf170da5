package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} command lines read without picocli ({@link QuickValidate}) run exactly as picocli
 * runs them: the same output, errors and exit code, over many command lines, files good and bad; the
 * others are left to picocli.
 */
class QuickValidateTest {
    @TempDir
    Path dir;

    @AfterEach
    void enable() {
        QuickValidate.disabled = false;
    }

    @Test
    void quickCommandLinesRunAsPicocliRunsThem() throws Exception {
        String sample = Cli.writeSample(dir.resolve("sample.json")).toString();
        String broken = Files.writeString(
                        dir.resolve("broken.json"), "{\"formatVersion\": 2, \"plans\": [", StandardCharsets.UTF_8)
                .toString();
        String empty = Files.writeString(dir.resolve("empty.json"), "{}", StandardCharsets.UTF_8)
                .toString();
        String missing = dir.resolve("missing.json").toString();
        String folder = dir.toString();
        List<List<String>> options = List.of(
                List.of(),
                List.of("--lang", "en"),
                List.of("--lang=en"),
                List.of("--lang", "xx"),
                List.of("--lang="),
                List.of("--format", "json"),
                List.of("--format=JSON", "--lang", "en"),
                List.of("--format", "xml"),
                List.of("--stage", "draft"),
                List.of("--stage", "ISSUE", "--lang", "en"),
                List.of("--stage", "du-thao"),
                List.of("--stage", "bogus", "--lang", "en"),
                List.of("--plan", "KH-UBND-07"),
                List.of("--plan=KH-SKHCN-07", "--format", "json"),
                List.of("--plan", "none", "--lang", "en"),
                List.of("--plan="),
                List.of("--plan=a=b"),
                List.of("--portfolio", "other"),
                List.of("--store", "sample:"),
                List.of("--verbose"),
                List.of("--verbose", "--lang", "en", "--stage", "draft", "--format", "json"));
        List<List<String>> lines = new ArrayList<>();
        for (String file : List.of(sample, broken, empty, missing, folder)) {
            for (List<String> o : options) {
                List<String> after = new ArrayList<>(List.of("validate", file));
                after.addAll(o);
                lines.add(after);
            }
        }
        // options before the file, and the file between options
        lines.add(List.of("validate", "--lang", "en", sample));
        lines.add(List.of("validate", "--stage", "draft", sample, "--format", "json"));
        lines.add(List.of("validate", "--verbose", broken, "--lang=en"));
        lines.add(List.of("validate", "validate"));
        lines.add(List.of("validate", ""));
        // left to picocli
        List<List<String>> picocli = List.of(
                List.of("validate"),
                List.of("validate", "--help"),
                List.of("validate", "-h", sample),
                List.of("validate", "--version"),
                List.of("validate", sample, broken),
                List.of("validate", sample, "--lang", "en", "--lang", "vi"),
                List.of("validate", sample, "--verbose", "--verbose"),
                List.of("validate", sample, "--lang"),
                List.of("validate", sample, "--plan", "-x"),
                List.of("validate", sample, "--plan", "--lang", "en"),
                List.of("validate", sample, "--unknown"),
                List.of("validate", sample, "--"),
                List.of("validate", "--", sample),
                List.of("validate", "@" + dir.resolve("args.txt")),
                List.of("validate", sample, "--plan", "@x"),
                List.of("validate", sample, "--verbose=true"),
                List.of("validate", "-"),
                List.of("validate", sample, "--Lang", "en"),
                List.of("VALIDATE", sample),
                List.of("units", "--store", "sample:"));
        Files.writeString(dir.resolve("args.txt"), sample + "\n--lang\nen\n", StandardCharsets.UTF_8);
        lines.addAll(picocli);

        int quick = 0;
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            boolean isQuick = QuickValidate.read(args) != null;
            assertThat(isQuick).as("%s read without picocli", line).isEqualTo(!picocli.contains(line));
            quick += isQuick ? 1 : 0;

            QuickValidate.disabled = true;
            Cli byPicocli = Cli.run(args);
            QuickValidate.disabled = false;
            Cli asRun = Cli.run(args);

            assertThat(withoutFrames(asRun)).as("%s", line).isEqualTo(withoutFrames(byPicocli));
        }
        assertThat(quick).isEqualTo(lines.size() - picocli.size()).isGreaterThan(100);
    }

    @Test
    void picocliPropertiesLeaveTheCommandLineToPicocli() throws Exception {
        String sample = Cli.writeSample(dir.resolve("sample.json")).toString();
        assertThat(QuickValidate.read(new String[] {"validate", sample})).isNotNull();
        System.setProperty("picocli.trimQuotes", "true");
        try {
            assertThat(QuickValidate.read(new String[] {"validate", sample})).isNull();
        } finally {
            System.clearProperty("picocli.trimQuotes");
        }
    }

    @Test
    void fieldsAreThosePicocliSets() {
        ValidateCommand c = QuickValidate.read(new String[] {
            "validate",
            "--plan=P",
            "f.json",
            "--lang",
            "en",
            "--verbose",
            "--stage",
            "draft",
            "--format=json",
            "--portfolio",
            "x",
            "--store",
            "s"
        });

        assertThat(c).isNotNull();
        assertThat(c.file).isEqualTo(Path.of("f.json"));
        assertThat(c.plan).isEqualTo("P");
        assertThat(c.options.langCode).isEqualTo("en");
        assertThat(c.options.verbose).isTrue();
        assertThat(c.stage).isEqualTo("draft");
        assertThat(c.format).isEqualTo("json");
        assertThat(c.portfolio).isEqualTo("x");
        assertThat(c.store).isEqualTo("s");
        ValidateCommand defaults = QuickValidate.read(new String[] {"validate", "f.json"});
        assertThat(defaults.plan).isNull();
        assertThat(defaults.stage).isEqualTo("submission");
        assertThat(defaults.format).isEqualTo("text");
        assertThat(defaults.portfolio).isEqualTo("hanoi");
        assertThat(defaults.options.langCode).isEqualTo("vi");
        assertThat(defaults.options.verbose).isFalse();
    }

    /**
     * The stack trace {@code --verbose} prints of an unexpected error names picocli's frames when
     * picocli ran the command: the frames are left out of the comparison, the lines around them are not.
     */
    private static Cli withoutFrames(Cli c) {
        return new Cli(c.code(), c.out(), c.err().replaceAll("(?m)^\\s+at .*\\R|^\\s+\\.\\.\\. \\d+ more\\R", ""));
    }

    @Test
    void quickOptionsAreValidateOptionsAsPicocliDeclaresThem() {
        CommandLine.Model.CommandSpec validate = CivicPlanCli.commandLine(new String[] {"validate"})
                .getSubcommands()
                .get("validate")
                .getCommandSpec();
        for (String name : QuickValidate.VALUED) {
            CommandLine.Model.OptionSpec option = validate.findOption(name);
            assertThat(option).as(name).isNotNull();
            assertThat(option.typeInfo().isBoolean()).as(name).isFalse();
            assertThat(option.arity().min()).as(name).isEqualTo(1);
            assertThat(option.arity().max()).as(name).isEqualTo(1);
            assertThat(option.typeInfo().isMultiValue()).as(name).isFalse();
        }
        CommandLine.Model.OptionSpec verbose = validate.findOption("--verbose");
        assertThat(verbose).isNotNull();
        assertThat(verbose.typeInfo().isBoolean()).isTrue();
    }
}
