package org.civicplan.validation;

import org.civicplan.core.Labelled;

/** How serious a finding is: an error blocks the stage it belongs to, a warning does not. */
public enum Severity implements Labelled {
    ERROR("error", "Lỗi", "Error"),
    WARNING("warning", "Cảnh báo", "Warning");

    private final String code;
    private final String vi;
    private final String en;

    Severity(String code, String vi, String en) {
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

    public static Severity fromCode(String code) {
        return Labelled.fromCode(Severity.class, code);
    }
}
