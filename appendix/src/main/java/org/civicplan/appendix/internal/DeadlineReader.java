package org.civicplan.appendix.internal;

import org.civicplan.appendix.DeadlineText;

/** Reads a deadline cell ("Quý II/2022", "Tháng 12/2021", "Hằng năm"); never throws. */
public interface DeadlineReader {
    /** The cell's text (not blank) read into a period, or the reason it could not be. */
    DeadlineText read(String text);
}
