package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/** A file of a {@link JsonFileStore} that could not be read; the others were loaded. */
public record StoreProblem(Path file, Message message) {
    public StoreProblem {
        requireNonNull(file, "file is null");
        requireNonNull(message, "message is null");
    }

    public String describe(Lang lang) {
        return message.in(lang);
    }
}
