package org.civicplan.storage.jdbc;

import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;

/**
 * The database file itself is damaged: an index of a table disagrees with the table's rows (H2
 * reports a row an index names as missing from the table). Seen with H2 2.5 (MVStore) after the
 * process writing to it was killed; every later read of that table fails the same way, so
 * retrying does not help. The message tells the user to restore the file from a backup or to
 * import the original data into a new database; the database's own report stays the cause.
 */
public class DamagedDatabaseException extends UnableToStoreException {
    private static final long serialVersionUID = 1L;

    public DamagedDatabaseException(Message text, Throwable cause) {
        super(text, cause);
    }
}
