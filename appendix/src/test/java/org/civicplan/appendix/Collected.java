package org.civicplan.appendix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A handler that keeps everything, for tests on small files. */
final class Collected implements AppendixHandler {
    final List<AppendixRow> rows = new ArrayList<>();
    final List<AppendixTable> tables = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    AppendixSummary summary;

    static Collected read(AppendixReader reader, Path file) {
        Collected c = new Collected();
        c.summary = reader.read(file, c);
        return c;
    }

    @Override
    public void row(AppendixRow row) {
        rows.add(row);
    }

    @Override
    public void table(AppendixTable table) {
        tables.add(table);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    List<AppendixItem> items() {
        List<AppendixItem> out = new ArrayList<>();
        for (AppendixRow r : rows) {
            if (r instanceof AppendixItem i) {
                out.add(i);
            }
        }
        return out;
    }

    List<AppendixRow.Section> sections() {
        List<AppendixRow.Section> out = new ArrayList<>();
        for (AppendixRow r : rows) {
            if (r instanceof AppendixRow.Section s) {
                out.add(s);
            }
        }
        return out;
    }

    List<String> problemTexts() {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.text(org.civicplan.core.Lang.VI)));
        return out;
    }
}
