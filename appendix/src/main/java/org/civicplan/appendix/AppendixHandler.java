package org.civicplan.appendix;

/**
 * Receives an appendix as it is read, row by row: nothing is collected for the caller, so a file of
 * any length reads in the same memory. Problems are told as they are found and also counted in the
 * {@link AppendixSummary}.
 */
@FunctionalInterface
public interface AppendixHandler {
    /** A section, item, totals or note row, in file order. */
    void row(AppendixRow row);

    /** A table was recognised; its rows follow. */
    default void table(AppendixTable table) {}

    /** A problem was found. */
    default void problem(Problem problem) {}

    /** A handler that ignores everything: for a dry run that needs only the summary. */
    static AppendixHandler ignoring() {
        return row -> {};
    }
}
