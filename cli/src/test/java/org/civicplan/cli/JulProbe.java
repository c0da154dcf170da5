package org.civicplan.cli;

import java.util.logging.Logger;

/**
 * Run by {@code CivicPlanJarIT} in a JVM of its own, on the tool's jar: sets up logging as the
 * tool's {@code main} does (with {@code --verbose} when given it), then logs through
 * java.util.logging at three levels.
 */
public final class JulProbe {
    private JulProbe() {}

    public static void main(String[] args) {
        CivicPlanCli.quietLibraries(args.length > 0 && args[0].equals("--verbose"));
        Logger log = Logger.getLogger("org.civicplan.probe");
        log.severe("severe through jul");
        log.warning("warning through jul");
        log.info("info through jul");
    }
}
