package org.civicplan.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.core.model.Portfolio;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.json.PortfolioJson;

/** Runs the tool in-process and keeps what it printed. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CivicPlanCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Everything printed, for assertions that do not care which stream. */
    String all() {
        return out + err;
    }

    static Path writeSample(Path file) throws Exception {
        return write(Program07Sample.portfolio(), file);
    }

    static Path write(Portfolio portfolio, Path file) throws Exception {
        try (OutputStream stream = Files.newOutputStream(file)) {
            PortfolioJson.create().write(portfolio, stream);
        }
        return file;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
}
