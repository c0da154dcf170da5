package org.civicplan.appendix;

/** How an STT cell numbers its row, kept so the numbering can be shown as the file had it. */
public enum NumberStyle {
    /** No number. */
    NONE,
    /** "1", "2." */
    ARABIC,
    /** "1.1", "2.3.1" */
    DOTTED,
    /** "a", "b)", "c." */
    LETTER,
    /** "-", "–" */
    DASH,
    /** "+" */
    PLUS,
    /** "I", "II.", "Phần I": a section. */
    ROMAN,
    /** "A", "B.": a section. */
    CAPITAL_LETTER,
    /** Anything else, kept as written. */
    OTHER
}
