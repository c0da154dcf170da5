package org.civicplan.storage.json;

import java.util.List;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * A JSON file could not be read. Carries every problem found (up to the configured limit), each
 * with file, line, column and JSON pointer; the message lists them, one per line.
 */
public class JsonImportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;

    public JsonImportException(List<JsonProblem> problems, boolean truncated) {
        super(summary(problems, truncated));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<JsonProblem> problems() {
        return problems;
    }

    private static Message summary(List<JsonProblem> problems, boolean truncated) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (problems.size() > 1 || truncated) {
            String more = truncated ? "+" : "";
            vi.append(problems.size())
                    .append(more)
                    .append(" lỗi trong tệp ")
                    .append(problems.get(0).file())
                    .append(":");
            en.append(problems.size())
                    .append(more)
                    .append(" problems in ")
                    .append(problems.get(0).file())
                    .append(":");
            for (JsonProblem p : problems) {
                vi.append("\n  ").append(p.describe(Lang.VI));
                en.append("\n  ").append(p.describe(Lang.EN));
            }
            if (truncated) {
                vi.append("\n  (dừng kiểm tra sau ").append(problems.size()).append(" lỗi)");
                en.append("\n  (stopped after ").append(problems.size()).append(" problems)");
            }
        } else {
            vi.append(problems.get(0).describe(Lang.VI));
            en.append(problems.get(0).describe(Lang.EN));
        }
        return Message.of(vi.toString(), en.toString());
    }
}
