package org.civicplan.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on standard error, so standard output stays clean for pipes; only when the tool runs
 * at a terminal (a bar's redraws in a log file or a CI log are noise), and never when asked not to.
 */
final class Progress {
    private Progress() {}

    static ProgressBar bar(String task, long steps, boolean silent) {
        PrintStream target = silent || !atTerminal() ? new PrintStream(OutputStream.nullOutputStream()) : System.err;
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(target))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
    }

    /**
     * Whether the tool runs at a terminal. Java 17 has a console only when standard input and output
     * are both a terminal (it cannot ask about standard error alone); from Java 22 a console is
     * always there and {@code isTerminal()} answers.
     */
    static boolean atTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22: a console is a terminal
        }
    }
}
