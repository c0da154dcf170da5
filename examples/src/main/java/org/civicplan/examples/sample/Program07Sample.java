package org.civicplan.examples.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;

/**
 * ILLUSTRATIVE sample data: a portfolio modelled on a July 2021 press report about Hanoi Party
 * Committee Program 07-CTr/TU (science, technology and innovation, 2021–2025), the city People's
 * Committee plan implementing it, three cascaded unit plans, progress reports for 2021-H1, 2021-H2
 * and 2022, indicator measurements and two adjustment proposals.
 *
 * <p><b>This is not the official list of Plan items.</b> The 32 appendix items, indicators, figures,
 * document numbers and dates (other than those in the press report) are invented to look realistic.
 * The names of officials are those reported in the press (the steering committee's head and standing
 * deputy); everyone else is named by post only. Enterprise names marked "(minh họa)" are invented.
 * See {@link #DISCLAIMER_VI} and {@link #DISCLAIMER_EN}.
 *
 * <p>Statuses are as of 31/12/2022. Some items and indicators are <b>deliberately unclear</b>, each
 * with one problem, so that the clarity check and the review have findings:
 *
 * <ul>
 *   <li>{@link #UNCLEAR_NO_LEAD} (27): no lead unit ({@code leadUnits} is empty, no responsible
 *       official); only coordinating units are named.
 *   <li>{@link #UNCLEAR_NO_RESOURCES} (28): no resources at all ({@code Resources.NONE}).
 *   <li>{@link #UNCLEAR_GENERIC} (29): a generic task, title "Tăng cường công tác tuyên truyền",
 *       content only "Triển khai thực hiện", a generic product ("Báo cáo kết quả") and no indicator.
 *   <li>{@link #UNCLEAR_DEADLINE_OUTSIDE} (30): deadline "Năm 2027", after the program period
 *       2021–2025.
 *   <li>{@link #UNCLEAR_CYCLE_A} (31) and {@link #UNCLEAR_CYCLE_B} (32): each is the other's
 *       prerequisite (a dependency cycle).
 *   <li>{@link #UNCLEAR_TWO_LEADS} (20): two lead units (SKHCN and SCT) and no reporting unit.
 *   <li>{@link #UNCLEAR_DISTRICT_LEAD} (19): a district (QCG) leads a city-wide scheme and the plan
 *       states no rationale.
 *   <li>Indicator {@link #INCOMPLETE_NO_BASELINE} (CT07-09, PII rank) has no baseline; indicator
 *       {@link #INCOMPLETE_NO_DATA_SOURCE} (CT07-12, digital economy) has no data source.
 * </ul>
 *
 * <p>Other findings a review should make: units SGDDT, SCT, SNNPTNT and QCG lead items but did not
 * report for 2021-H1, and QHD (lead of item 28) never reports; items 2, 12 and 25 were done late;
 * items 5 and 24 were due in 2022 and are still in progress (each has a PROPOSED deadline
 * extension); some indicators are off track against their interim targets (e.g. CT07-05 in both
 * years).
 */
public final class Program07Sample {
    public static final String DISCLAIMER_VI = "Dữ liệu minh họa, mô phỏng theo bài báo tháng 7/2021 về Chương trình"
            + " số 07-CTr/TU của Thành ủy Hà Nội; KHÔNG phải danh mục chính thức các nhiệm vụ của Kế hoạch. Tên lãnh"
            + " đạo là tên được báo chí đưa tin; các vị trí khác chỉ ghi chức danh hoặc là tên minh họa.";
    public static final String DISCLAIMER_EN = "Illustrative data modelled on a July 2021 press report about Hanoi"
            + " Party Committee Program 07-CTr/TU; NOT the official list of Plan items. Names of officials are those"
            + " reported in the press; other people are given by post only or are placeholders.";

    public static final PortfolioId PORTFOLIO_ID = PortfolioId.of("hanoi");
    public static final String PORTFOLIO_NAME = "Hà Nội — Chương trình 07-CTr/TU (dữ liệu minh họa)";

    public static final ProgramId PROGRAM = ProgramId.of("07-CTr/TU");
    public static final PlanId CITY_PLAN = PlanId.of("KH-UBND-07");
    public static final PlanId SKHCN_PLAN = PlanId.of("KH-SKHCN-07");
    public static final PlanId STTTT_PLAN = PlanId.of("KH-STTTT-07");
    public static final PlanId QCG_PLAN = PlanId.of("KH-QCG-07");

    /** The steering committee's standing agency (cơ quan thường trực): Sở Khoa học và Công nghệ. */
    public static final UnitCode STANDING_AGENCY = UnitCode.of("SKHCN");

    /** The day the recorded item statuses describe (end of 2022). */
    public static final LocalDate STATUS_DATE = LocalDate.of(2022, 12, 31);

    /**
     * A "today" at which the sample reads as the 2022 annual review: city items 5, 24 and 27 (due in
     * 2022, not done) are overdue. Use it as the clock of demos, not the system date.
     */
    public static final LocalDate REVIEW_DATE = LocalDate.of(2023, 1, 15);

    /** The number of appendix items in the city plan. */
    public static final int CITY_ITEM_COUNT = 32;

    public static final int UNCLEAR_DISTRICT_LEAD = 19;
    public static final int UNCLEAR_TWO_LEADS = 20;
    public static final int UNCLEAR_NO_LEAD = 27;
    public static final int UNCLEAR_NO_RESOURCES = 28;
    public static final int UNCLEAR_GENERIC = 29;
    public static final int UNCLEAR_DEADLINE_OUTSIDE = 30;
    public static final int UNCLEAR_CYCLE_A = 31;
    public static final int UNCLEAR_CYCLE_B = 32;

    public static final IndicatorCode INCOMPLETE_NO_BASELINE = IndicatorCode.of("CT07-09");
    public static final IndicatorCode INCOMPLETE_NO_DATA_SOURCE = IndicatorCode.of("CT07-12");

    private Program07Sample() {}

    /** The whole illustrative portfolio; a new value each call. */
    public static Portfolio portfolio() {
        List<Plan> plans = new ArrayList<>();
        plans.add(Program07Plans.cityPlan());
        plans.addAll(Program07Plans.unitPlans());
        List<Item> items = new ArrayList<>(Program07Items.cityItems());
        items.addAll(Program07Items.unitItems());
        return new Portfolio(
                PORTFOLIO_ID,
                PORTFOLIO_NAME,
                Program07Units.units(),
                List.of(Program07Plans.program()),
                plans,
                items,
                Program07Indicators.indicators(),
                Program07Indicators.measurements(),
                Program07Reports.reports(items),
                Program07Reports.adjustments(items));
    }

    /** The id of city-plan item {@code number}: {@code KH-UBND-07/05}. */
    public static ItemId cityItem(int number) {
        return Program07Items.cityItemId(number);
    }
}
