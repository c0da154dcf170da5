package org.civicplan.core.period;

import org.civicplan.core.Labelled;

/**
 * Why a phrase was not read as a deadline. Each kind has its own message (see {@link
 * InvalidPeriodException#kind()}); a caller can act on the kind, e.g. ask for the document date
 * when it is {@link #NEEDS_REFERENCE_DATE}.
 */
public enum RefusalKind implements Labelled {
    /** Nothing written. */
    EMPTY("empty", "chưa nhập thời hạn", "no deadline given"),
    /** Longer than any deadline phrase. */
    TOO_LONG("too-long", "quá dài", "too long"),
    /** No year written and no document or reference date to take it from. */
    NEEDS_REFERENCE_DATE("needs-reference-date", "cần ngày của văn bản", "needs the document's date"),
    /** Tied to an event whose date is not in the text ("khai mạc Đại hội …"). */
    NEEDS_OUTSIDE_KNOWLEDGE("needs-outside-knowledge", "cần biết ngày của sự kiện", "needs the event's date"),
    /** "6 tháng năm 2021": which half is meant is not said. */
    AMBIGUOUS_HALF("ambiguous-half", "không rõ nửa năm nào", "does not say which half"),
    /** "31/2/2022": the numbers are not a day of the calendar. */
    NOT_A_DATE("not-a-date", "không phải ngày có thật", "not a real date"),
    /** A two-digit or otherwise shortened year. */
    YEAR_NOT_IN_FULL("year-not-in-full", "năm viết không đủ", "year not written in full"),
    /** A year outside the years plans are about. */
    YEAR_OUT_OF_RANGE("year-out-of-range", "năm ngoài khoảng cho phép", "year out of range"),
    /** A month, quarter or half number that does not exist. */
    NO_SUCH_PART("no-such-part", "tháng, quý hoặc nửa năm không có", "no such month, quarter or half"),
    /** "từ … đến …" whose end comes before its start. */
    RANGE_REVERSED("range-reversed", "ngày kết thúc trước ngày bắt đầu", "ends before it starts"),
    /** "sớm", "thời gian tới", "kịp thời": no date at all, only urgency. */
    VAGUE("vague", "không nêu thời điểm", "names no time"),
    /**
     * Read, but not one period: counted from an event whose date is not known, or recurring other
     * than yearly ("hằng tháng, trước ngày 20"), where a single period is asked for.
     */
    NOT_ONE_PERIOD("not-one-period", "không phải một kỳ", "not one period"),
    /** None of the forms fits. */
    NOT_UNDERSTOOD("not-understood", "không hiểu cách viết", "form not understood");

    private final String code;
    private final String vi;
    private final String en;

    RefusalKind(String code, String vi, String en) {
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
}
