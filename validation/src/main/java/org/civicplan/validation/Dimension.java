package org.civicplan.validation;

import org.civicplan.core.Labelled;

/** The dimensions of the clarity check: the six clears, clear resources and measurable, plus structure for whole-portfolio checks. */
public enum Dimension implements Labelled {
    PERSON("person", "Rõ người", "Clear person"),
    TASK("task", "Rõ việc", "Clear task"),
    TIME("time", "Rõ thời gian", "Clear time"),
    RESPONSIBILITY("responsibility", "Rõ trách nhiệm", "Clear responsibility"),
    PRODUCT("product", "Rõ sản phẩm", "Clear product"),
    AUTHORITY("authority", "Rõ thẩm quyền", "Clear authority"),
    RESOURCES("resources", "Rõ nguồn lực", "Clear resources"),
    MEASURABLE("measurable", "Cân đong đo đếm được", "Measurable"),
    STRUCTURE("structure", "Cấu trúc danh mục", "Portfolio structure");

    private final String code;
    private final String vi;
    private final String en;

    Dimension(String code, String vi, String en) {
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

    public static Dimension fromCode(String code) {
        return Labelled.fromCode(Dimension.class, code);
    }
}
