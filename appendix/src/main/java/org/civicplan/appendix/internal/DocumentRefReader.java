package org.civicplan.appendix.internal;

import java.util.List;
import org.civicplan.core.docref.DocumentRef;

/** Finds document numbers ("186/KH-UBND", "30/2020/NĐ-CP") in a cell's text; never throws. */
public interface DocumentRefReader {
    List<DocumentRef> find(String text);
}
