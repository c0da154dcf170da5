package org.civicplan.appendix.internal;

import java.util.List;
import org.civicplan.appendix.UnitMention;

/** Splits a lead or coordinating cell into the units it names and resolves each; never throws. */
public interface UnitNameReader {
    List<UnitMention> read(String text);
}
