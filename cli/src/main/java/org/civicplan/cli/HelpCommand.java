package org.civicplan.cli;

import java.util.concurrent.Callable;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code civicplan help [COMMAND] [--lang en]}: the usage of the tool or of one command. Takes the
 * shared options like every command (picocli's own help command refused {@code --lang}).
 */
@Command(
        name = "help",
        description = {"Hướng dẫn sử dụng công cụ hoặc một lệnh.", "Usage of the tool or of one command."})
final class HelpCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Parameters(arity = "0..1", paramLabel = "COMMAND", description = "Lệnh / command")
    String command;

    @CommandLine.Mixin
    CivicPlanCli.Options options = new CivicPlanCli.Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public CivicPlanCli.Options options() {
        return options;
    }

    @Override
    public Integer call() {
        CommandLine tool = spec.parent().commandLine();
        CommandLine target = command == null ? tool : tool.getSubcommands().get(command);
        if (target == null) {
            String known = String.join(", ", tool.getSubcommands().keySet());
            throw new InvalidInputException(Message.of(
                    "không có lệnh \"" + command + "\"; các lệnh: " + known,
                    "no command \"" + command + "\"; the commands: " + known));
        }
        target.usage(spec.commandLine().getOut());
        return CivicPlanCli.OK;
    }
}
