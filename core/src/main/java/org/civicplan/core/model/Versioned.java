package org.civicplan.core.model;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * An aggregate with an optimistic-locking version: 0 before it is first stored, then 1, 2, … A
 * store refuses an update whose version is not the stored one.
 */
public interface Versioned<T extends Versioned<T>> {
    long version();

    /** The same value with another version; stores use it, callers rarely need to. */
    T withVersion(long version);

    /** The id as text, for messages and audit. */
    String entityId();

    static void check(long version) {
        if (version < 0) {
            throw new InvalidInputException(
                    Message.of("phiên bản không thể âm: " + version, "version cannot be negative: " + version));
        }
    }
}
