package org.civicplan.examples.embedding;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;

/**
 * Plain Java, no injector: a district drafts its own plan implementing the city plan, registers an
 * item, checks it, stores it in an embedded H2 database and reads it back.
 *
 * <p>Run: {@code java -cp cli/target/civicplan.jar org.civicplan.examples.embedding.PlainJavaExample [DIR]}
 * (the tool's jar holds the examples and everything they need; {@code ./civicplan --help} builds it)
 */
public final class PlainJavaExample {
    static final UnitCode DISTRICT = UnitCode.of("QHBT");
    static final PlanId DISTRICT_PLAN = PlanId.of("KH-QHBT-07");

    private PlainJavaExample() {}

    /** What the example produced, for its test and for printing. */
    public record Result(Item stored, Item readBack, ClarityReport report) {}

    public static Result run(Path h2Directory) {
        try (HikariDataSource dataSource = JdbcStores.h2File(h2Directory);
                JdbcPortfolioStore store = JdbcPortfolioStore.create(dataSource, Program07Sample.PORTFOLIO_ID)) {
            if (store.programs().find(Program07Sample.PROGRAM).isEmpty()) {
                store.importPortfolio(Program07Sample.portfolio());
            }
            PlanService plans = PlanService.of(store);
            Actor district = new Actor(DISTRICT, "chuyenvien.haibatrung");

            Plan draft = store.plans()
                    .find(DISTRICT_PLAN)
                    .orElseGet(() -> plans.createPlan(
                            district,
                            new Plan(
                                    DISTRICT_PLAN,
                                    Optional.empty(),
                                    Optional.of(Program07Sample.CITY_PLAN),
                                    DISTRICT,
                                    Optional.empty(),
                                    "Kế hoạch của UBND quận Hai Bà Trưng thực hiện Kế hoạch số 186/KH-UBND",
                                    Optional.of(Period.parse("Tháng 9/2021")),
                                    PlanSections.EMPTY,
                                    List.of(),
                                    PlanStatus.DRAFT,
                                    0)));

            Item item = Item.builder(ItemId.of("KH-QHBT-07/01"), draft.id(), 1)
                    .kind(ItemKind.TASK)
                    .scope(ItemScope.LOCAL)
                    .title("Hỗ trợ doanh nghiệp khởi nghiệp trên địa bàn quận")
                    .content(
                            "Hỗ trợ 20 doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận Chương trình hỗ trợ của Thành phố năm 2022")
                    .product(Product.of(ProductKind.SUPPORT, "Doanh nghiệp khởi nghiệp được hỗ trợ", 20))
                    .approvalLevel(ApprovalLevel.DISTRICT)
                    .start(java.time.LocalDate.of(2022, 1, 1))
                    .deadline(Period.parse("6 tháng cuối năm 2022"))
                    .indicator(store.indicators()
                            .byProgram(Program07Sample.PROGRAM)
                            .get(0)
                            .code())
                    .assignment(Assignment.lead(
                            DISTRICT,
                            List.of(),
                            Official.post("Phó Chủ tịch UBND quận", DISTRICT),
                            Resources.of(new FundingLine(
                                    FundingSource.DISTRICT_BUDGET, 2022, Vnd.parse("1.200 triệu đồng")))))
                    .build();
            Item stored = store.items().find(item.id()).orElseGet(() -> plans.registerItem(district, item));

            ClarityReport report = ClarityCheck.create().check(store.snapshot(), draft.id());
            return new Result(stored, store.items().get(item.id()), report);
        }
    }

    public static void main(String[] args) {
        Result result = run(Path.of(args.length > 0 ? args[0] : "civicplan-data/plain-java"));
        System.out.println("Đã lưu / stored: " + result.stored().id() + " (version "
                + result.readBack().version() + ")");
        System.out.print(result.report().toText(Lang.VI));
        System.out.println(
                "Sẵn sàng trình / ready for submission: " + result.report().readyFor(Stage.SUBMISSION));
    }
}
