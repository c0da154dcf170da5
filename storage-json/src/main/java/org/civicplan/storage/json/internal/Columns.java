package org.civicplan.storage.json.internal;

/** Turns Jackson's column of a problem (bytes, for UTF-8 text) into a character column. */
interface Columns {
    /** The character column of Jackson's {@code byteColumn} on line {@code atLine}. */
    int column(int atLine, int byteColumn);
}
