package org.civicplan.core.review;

/**
 * When a reporting period's data is cut off and when the report is due.
 *
 * <p>The defaults follow the state reporting regime, Decree 09/2019/NĐ-CP on reporting by state
 * administrative agencies, Article 12: data for a monthly report runs from the 15th of the previous
 * month to the 14th; quarterly from the 15th of the month before the quarter to the 14th of its last
 * month; six-monthly from 15 December of the previous year to 14 June; yearly from 15 December of the
 * previous year to 14 December. The decree leaves the due date to the document that asks for the
 * report; the default here is {@code dueDays} (6) days after the cut-off, i.e. the 20th, which is the
 * date the briefing's programs commonly use. Both are configurable.
 *
 * @param cutoffDay the first day of the cut-off window in the previous month (15)
 * @param dueDays days from the cut-off's last day to the due date
 */
public record CalendarRules(int cutoffDay, int dueDays) {
    public static final CalendarRules STATE_REGIME = new CalendarRules(15, 6);

    public CalendarRules {
        if (cutoffDay < 2 || cutoffDay > 28) {
            throw new IllegalArgumentException("cutoffDay must be 2..28: " + cutoffDay);
        }
        if (dueDays < 0 || dueDays > 90) {
            throw new IllegalArgumentException("dueDays must be 0..90: " + dueDays);
        }
    }
}
