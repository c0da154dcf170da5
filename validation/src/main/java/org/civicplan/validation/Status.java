package org.civicplan.validation;

import org.civicplan.core.Labelled;

/** The outcome of one dimension for one item. */
public enum Status implements Labelled {
    PASS("pass", "Đạt", "Pass"),
    WARN("warn", "Cần xem lại", "Warning"),
    FAIL("fail", "Không đạt", "Fail");

    private final String code;
    private final String vi;
    private final String en;

    Status(String code, String vi, String en) {
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

    public static Status fromCode(String code) {
        return Labelled.fromCode(Status.class, code);
    }
}
