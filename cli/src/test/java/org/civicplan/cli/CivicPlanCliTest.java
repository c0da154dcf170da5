package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CivicPlanCliTest {
    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "import", "export", "review", "calendar", "units"})
    void everyCommandHasHelp(String command) {
        Cli r = Cli.run(command, "--help");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out())
                .startsWith("Usage: civicplan " + command)
                .contains("--lang")
                .contains("--verbose");
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandAloneAsTheWholeToolHasIt() {
        Map<String, CommandLine> all = CivicPlanCli.commandLine(new String[0]).getSubcommands();
        assertThat(all.keySet()).containsExactlyElementsOf(CivicPlanCli.COMMANDS);
        assertThat(CivicPlanCli.commandLine(new String[] {"help", "validate"}).getSubcommands())
                .as("help needs the others")
                .hasSameSizeAs(all);
        assertThat(CivicPlanCli.commandLine(new String[] {"--lang", "validate"}).getSubcommands())
                .hasSameSizeAs(all);
        for (String name : CivicPlanCli.COMMANDS) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = CivicPlanCli.commandLine(new String[] {name, "--lang", "en"});
            // the name in the table is the command's own (its annotation's), or `name …` would be an error
            assertThat(alone.getSubcommands().keySet()).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage())
                    .isEqualTo(all.get(name).getUsageMessage());
        }
    }

    @Test
    void noArgumentsPrintsUsage() {
        Cli r = Cli.run();

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out())
                .startsWith("Usage: civicplan")
                .contains("demo", "validate", "import", "export", "review", "calendar", "units");
    }

    @Test
    void topLevelHelpAndVersion() {
        assertThat(Cli.run("--help").out()).startsWith("Usage: civicplan");
        Cli version = Cli.run("--version");
        assertThat(version.code()).isZero();
        // the artifact version the build filtered in, never a literal left behind
        assertThat(version.out().strip()).matches("civicplan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli r = Cli.run("frobnicate");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .contains("frobnicate")
                .contains("Xem: civicplan --help")
                .doesNotContain("civicplan civicplan");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("units", "--store", "sample:", "--colour");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("--colour").contains("civicplan units --help");
    }

    @Test
    void databaseThatCannotBeOpenedIsAClearErrorWithTheStackTraceOnlyWhenVerbose() {
        // the driver refuses an unknown setting: the message gives its reason, not the pool's class name
        String badUrl = "jdbc:h2:mem:x;NO_SUCH_SETTING=1";

        Cli quiet = Cli.run("units", "--store", badUrl);
        Cli verbose = Cli.run("units", "--store", badUrl, "--verbose", "--lang", "en");

        assertThat(quiet.code()).as(quiet::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(quiet.err())
                .startsWith("civicplan: lỗi: Không kết nối được cơ sở dữ liệu jdbc:h2:mem:x: ")
                .contains("NO_SUCH_SETTING")
                .doesNotContain("lỗi không mong đợi")
                .doesNotContain("\tat ");
        assertThat(verbose.code()).as(verbose::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(verbose.err())
                .startsWith("civicplan: error: Cannot connect to the database")
                .contains("\tat ");
    }
}
