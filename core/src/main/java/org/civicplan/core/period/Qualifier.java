package org.civicplan.core.period;

import org.civicplan.core.Labelled;

/**
 * How a deadline phrase relates its date or period to the work: the lead word a Vietnamese reader
 * sees ("trước", "chậm nhất", "trong", "đến hết", "giữa", "đầu", "cuối", "dịp", "từ … đến …"), kept
 * because "trước ngày 15/11" and "trong tháng 11" are not the same promise.
 */
public enum Qualifier implements Labelled {
    /** A date or period written bare, or "vào ngày …": on that date. */
    ON("on", "vào", "on"),
    /** "trước ngày …", "xong trước …": before the date (read, as plans do, as due on that date). */
    BEFORE("before", "trước", "before"),
    /** "chậm nhất ngày …", "muộn nhất …": at the latest on the date. */
    AT_LATEST("at-latest", "chậm nhất", "at the latest"),
    /** "trong tháng …", "vào quý …", a bare period: some time during it, due at its end. */
    DURING("during", "trong", "during"),
    /** "đến hết năm …", "hết tháng …", "đến năm …", "từ nay đến …": by the end of it. */
    BY_END("by-end", "đến hết", "by the end of"),
    /** "đầu năm …", "đầu tháng …": the first third of it. */
    EARLY("early", "đầu", "early in"),
    /** "giữa tháng …", "giữa năm …": the middle third of it. */
    MIDDLE("middle", "giữa", "in the middle of"),
    /** "cuối quý …", "cuối năm …": the last third of it. */
    LATE("late", "cuối", "late in"),
    /** "dịp 2/9/2025", "dịp Tết": around the occasion, due on its day. */
    AROUND("around", "dịp", "around"),
    /** "từ ngày 1/7/2022": from that day, no end written. */
    FROM("from", "từ", "from"),
    /** "từ ngày … đến ngày …", "trong tháng 11 và tháng 12 năm 2022": the whole span. */
    RANGE("range", "từ … đến …", "from … to …"),
    /** "tính đến ngày …": the state as of that day (a report date, not a promise). */
    AS_OF("as-of", "tính đến", "as of"),
    /** "Thường xuyên": ongoing, no deadline. */
    ONGOING("ongoing", "thường xuyên", "ongoing");

    private final String code;
    private final String vi;
    private final String en;

    Qualifier(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /** Stable machine name, e.g. {@code at-latest}. */
    @Override
    public String code() {
        return code;
    }

    /** The Vietnamese lead word. */
    @Override
    public String vi() {
        return vi;
    }

    /** The English gloss. */
    @Override
    public String en() {
        return en;
    }
}
