package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.appendix.AppendixHandler;
import org.civicplan.appendix.AppendixItem;
import org.civicplan.appendix.AppendixRow;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.appendix.AppendixTable;
import org.civicplan.appendix.Problem;
import org.civicplan.appendix.UnitMention;

/**
 * Passes rows, tables and problems on to the handler and counts them for the summary; keeps the
 * problems up to the limit and nothing else, so memory does not grow with the rows.
 */
final class Tally {
    private final AppendixHandler handler;
    private final int maxProblems;
    private final List<AppendixTable> tables = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int sections;
    private int items;
    private int totals;
    private int notes;
    private int resolved;
    private int collective;
    private int ambiguous;
    private int unknown;
    private int deadlinesRead;
    private int deadlinesUnread;
    private int deadlinesEmpty;
    private int documents;
    private int errors;
    private int warnings;
    private boolean skippedOne;

    Tally(AppendixHandler handler, int maxProblems) {
        this.handler = handler;
        this.maxProblems = maxProblems;
    }

    void table(AppendixTable table) {
        tables.add(table);
        handler.table(table);
    }

    /** True the first time a table or sheet without an appendix header is skipped. */
    boolean firstSkipped() {
        boolean first = !skippedOne;
        skippedOne = true;
        return first;
    }

    int tables() {
        return tables.size();
    }

    void problem(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (problems.size() < maxProblems) {
            problems.add(problem);
        }
        handler.problem(problem);
    }

    void row(AppendixRow row) {
        if (row instanceof AppendixItem item) {
            count(item);
        } else if (row instanceof AppendixRow.Section) {
            sections++;
        } else if (row instanceof AppendixRow.Total) {
            totals++;
        } else {
            notes++;
        }
        handler.row(row);
    }

    private void count(AppendixItem item) {
        items++;
        countUnits(item.lead());
        countUnits(item.coordinating());
        if (item.deadline().isEmpty()) {
            deadlinesEmpty++;
        } else if (item.deadline().period().isPresent()) {
            deadlinesRead++;
        } else {
            deadlinesUnread++;
        }
        documents += item.documents().size();
    }

    private void countUnits(List<UnitMention> mentions) {
        for (UnitMention m : mentions) {
            switch (m.status()) {
                case RESOLVED -> resolved++;
                case COLLECTIVE -> collective++;
                case AMBIGUOUS -> ambiguous++;
                case UNKNOWN -> unknown++;
            }
        }
    }

    AppendixSummary summary(String file) {
        return new AppendixSummary(
                file,
                tables,
                sections,
                items,
                totals,
                notes,
                new AppendixSummary.UnitCounts(resolved, collective, ambiguous, unknown),
                new AppendixSummary.DeadlineCounts(deadlinesRead, deadlinesUnread, deadlinesEmpty),
                documents,
                problems,
                errors,
                warnings);
    }
}
