package org.civicplan.validation.internal;

/**
 * How far a unit's name reaches: one named body, a closed class of bodies acting each for itself, or
 * an open formula that names no one. The one seam through which the check reads unit names, so that
 * core's unit-name resolver can replace {@link CollectivePhrases} without touching the rules.
 */
public interface UnitNames {
    /** The reach of a name as an appendix prints it. */
    Reach reach(String name);

    /** True when the name divides work by formula ("theo chức năng, nhiệm vụ được giao"). */
    boolean formula(String name);

    /** What a name denotes. */
    enum Reach {
        /** One body: "Sở Tài chính", "UBND quận Ba Đình", "các sở: Xây dựng, Tài chính" (an enumeration). */
        NAMED,
        /** A closed class acting distributively: "các sở, ban, ngành", "UBND các quận, huyện, thị xã". */
        CLASS,
        /** Membership left open or a formula: "các đơn vị liên quan", "các cơ quan theo chức năng, nhiệm vụ". */
        OPEN
    }

    /** The built-in recogniser. */
    static UnitNames builtIn() {
        return CollectivePhrases.INSTANCE;
    }
}
