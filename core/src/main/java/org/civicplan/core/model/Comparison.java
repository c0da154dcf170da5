package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** How a measured value is compared with a target. */
public enum Comparison implements Labelled {
    AT_LEAST(">=", "Tối thiểu (≥)", "At least (≥)"),
    AT_MOST("<=", "Tối đa (≤)", "At most (≤)"),
    EQUAL("=", "Bằng (=)", "Equal (=)");

    private final String code;
    private final String vi;
    private final String en;

    Comparison(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String vi() {
        return vi;
    }

    @Override
    public String en() {
        return en;
    }

    public static Comparison fromCode(String code) {
        return Labelled.fromCode(Comparison.class, code);
    }
}
