package org.civicplan.core.model;

import org.civicplan.core.Labelled;

/** Which way an indicator should move. */
public enum Direction implements Labelled {
    INCREASE("tang", "Tăng", "Increase"),
    DECREASE("giam", "Giảm", "Decrease"),
    KEEP("duy-tri", "Duy trì", "Keep");

    private final String code;
    private final String vi;
    private final String en;

    Direction(String code, String vi, String en) {
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

    public static Direction fromCode(String code) {
        return Labelled.fromCode(Direction.class, code);
    }
}
