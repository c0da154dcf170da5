/**
 * The {@code civicplan} command-line tool: {@link org.civicplan.cli.CivicPlanCli} and its commands
 * ({@code demo}, {@code validate}, {@code import}, {@code export}, {@code review}, {@code
 * calendar}, {@code units}), documented in {@code docs/cli.md}. Built as one runnable jar, {@code
 * cli/target/civicplan.jar}, which {@code ./civicplan} at the repository root builds and runs.
 *
 * <p>An application, not a library: nothing here is an API, and no other module depends on it
 * except tests that run the tool ({@code reliability}). Everything is package-private except {@code
 * CivicPlanCli}: its {@code main}, {@code run} (for tests) and the exit codes.
 *
 * <p>What it may use: the public API of every civicplan module (never an {@code internal} package),
 * the illustrative sample in {@code org.civicplan.examples.sample} (for {@code demo} and {@code
 * --store sample:}), picocli for the command line, progressbar for progress on standard error, and
 * HikariCP with the H2, PostgreSQL and MariaDB drivers for {@code --store jdbc:…}. It is the only
 * module that ships an SLF4J provider (slf4j-simple, chosen at run time, never referenced in code);
 * picocli and progressbar are used nowhere else. {@code ArchitectureTest} keeps these rules.
 */
package org.civicplan.cli;
