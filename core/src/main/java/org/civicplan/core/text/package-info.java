/**
 * Vietnamese text as civicplan stores and compares it: Unicode NFC, a Vietnamese collator, a folded
 * form for matching with or without diacritics, Roman numerals for section numbers, whether a
 * text has anything visible in it ({@link org.civicplan.core.text.VisibleText}) and text as XML 1.0
 * allows it ({@link org.civicplan.core.text.XmlText}, used by every XML writer of the exports).
 *
 * <p>May use: the JDK only. A leaf: the model, the parsers of periods, amounts and document numbers
 * depend on it, it on none of them.
 */
package org.civicplan.core.text;
