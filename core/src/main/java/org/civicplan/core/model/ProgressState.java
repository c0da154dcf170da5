package org.civicplan.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Labelled;

/** The effective state of an item on a date, derived from its reported status, deadline and the clock. */
public enum ProgressState implements Labelled {
    NOT_STARTED("chua-trien-khai", "Chưa triển khai", "Not started"),
    IN_PROGRESS("dang-thuc-hien", "Đang thực hiện", "In progress"),
    DONE_ON_TIME("hoan-thanh-dung-han", "Hoàn thành đúng hạn", "Done on time"),
    DONE_LATE("hoan-thanh-cham", "Hoàn thành chậm", "Done late"),
    OVERDUE("qua-han", "Quá hạn", "Overdue"),
    SUSPENDED("tam-dung", "Tạm dừng", "Suspended"),
    CANCELLED("huy-bo", "Hủy bỏ", "Cancelled");

    private final String code;
    private final String vi;
    private final String en;

    /**
     * The state of an item with this recorded status and completion date, due on {@code due}, judged
     * on {@code date}: the one rule behind {@link Item#stateOn} and every output that shows a state.
     */
    public static ProgressState judge(
            ItemStatus status, Optional<LocalDate> due, Optional<LocalDate> completedOn, LocalDate date) {
        return ProgressStates.of(status, due, completedOn, date);
    }

    ProgressState(String code, String vi, String en) {
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

    public static ProgressState fromCode(String code) {
        return Labelled.fromCode(ProgressState.class, code);
    }
}
