package org.civicplan.appendix.internal;

import org.civicplan.appendix.Location;

/** Where a source sends what it reads: a sheet or Word table begins, its rows, its end. */
interface RowSink {
    /** A sheet (xlsx) or table (docx) begins; {@code place} locates it. */
    void begin(Location place, boolean wordTable);

    void row(RawRow row);

    void end();

    /** A problem the source itself found (hidden sheet, macros, ...). */
    void problem(org.civicplan.appendix.Problem problem);
}
