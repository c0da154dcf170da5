package org.civicplan.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error, so standard output stays clean for pipes; silent when asked. */
final class Progress {
    private Progress() {}

    static ProgressBar bar(String task, long steps, boolean silent) {
        PrintStream target = silent ? new PrintStream(OutputStream.nullOutputStream()) : System.err;
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(target))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
    }
}
