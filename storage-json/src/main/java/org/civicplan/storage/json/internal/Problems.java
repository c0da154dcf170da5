package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Message;
import org.civicplan.storage.json.JsonImportException;
import org.civicplan.storage.json.JsonProblem;

/** Collects problems for one file; stops reading (by throwing) once the limit is reached. */
public final class Problems {
    private final String file;
    private final int max;
    private final List<JsonProblem> list = new ArrayList<>();
    private Columns columns;

    public Problems(String file, int max) {
        this.file = file;
        this.max = max;
    }

    /** Columns are counted in characters through {@code columns} (see {@link Utf8Columns}, {@link StreamColumns}). */
    void countColumnsIn(Columns columns) {
        this.columns = columns;
    }

    private int column(int line, int column) {
        return columns == null ? column : columns.column(line, column);
    }

    public String file() {
        return file;
    }

    public void add(Node at, Message message) {
        add(at.pointer(), at.line(), at.column(), message);
    }

    public void add(String pointer, int line, int column, Message message) {
        list.add(new JsonProblem(file, line, column(line, column), pointer, message));
        if (list.size() >= max) {
            throw new JsonImportException(list, true);
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<JsonProblem> list() {
        return List.copyOf(list);
    }

    /** Throws the collected problems, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new JsonImportException(list, false);
        }
    }

    /** Stops reading with the problems collected so far (there is at least one). */
    public JsonImportException stop() {
        return new JsonImportException(list, false);
    }

    /** Adds a fatal problem and throws everything collected. */
    public JsonImportException fatal(String pointer, int line, int column, Message message) {
        list.add(new JsonProblem(file, line, column(line, column), pointer, message));
        return new JsonImportException(list, false);
    }
}
