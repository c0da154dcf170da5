package org.civicplan.validation;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.constraints.Stage;

/**
 * One gap the clarity check found.
 *
 * @param rule the rule that was broken; gives code, dimension, severity and stage
 * @param subject what it is about
 * @param path the offending field, e.g. {@code items[5].assignment.leadUnits} (item number in
 *     brackets) or {@code indicators[CT07-01].baseline}
 * @param message what is wrong and what to do, in Vietnamese and English, from the message bundles
 */
public record Finding(Rule rule, Subject subject, String path, Message message) {
    public Finding {
        requireNonNull(rule, "rule is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(path, "path is null");
        requireNonNull(message, "message is null");
    }

    public String code() {
        return rule.code();
    }

    public Dimension dimension() {
        return rule.dimension();
    }

    public Severity severity() {
        return rule.severity();
    }

    public Stage stage() {
        return rule.stage();
    }

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }

    public String message(Lang lang) {
        return message.in(lang);
    }
}
