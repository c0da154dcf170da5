package org.civicplan.storage.json.internal;

/** Test seam: called at the two points of a commit where a crash is interesting. */
public interface CommitHook {
    CommitHook NONE = new CommitHook() {};

    /** After every temporary file is written, before the journal names them. */
    default void beforeJournal() {}

    /** After the journal is written (when there is one), before the first file is moved into place. */
    default void beforeRename() {}
}
