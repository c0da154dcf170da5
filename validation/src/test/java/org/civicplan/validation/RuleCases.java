package org.civicplan.validation;

import static org.civicplan.validation.Fixtures.SKHCN;
import static org.civicplan.validation.Fixtures.STTTT;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * One case per per-item rule: a valid item with one thing broken, the dimension checked, and the
 * rule codes expected from that dimension. Used by the direct rule tests and by the tests through a
 * real {@code Validator}.
 */
public final class RuleCases {
    private RuleCases() {}

    public record Case(String name, Item item, Dimension dimension, List<String> codes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(String name, Dimension dimension, UnaryOperator<Item.Builder> change, String... codes) {
        return new Case(name, change.apply(Fixtures.item(1)).build(), dimension, List.of(codes));
    }

    static Assignment assignment(UnaryOperator<AssignmentParts> change) {
        return change.apply(new AssignmentParts(Fixtures.assignment())).build();
    }

    /** A mutable copy of an assignment, for tests. */
    static final class AssignmentParts {
        List<org.civicplan.core.model.UnitCode> lead;
        List<org.civicplan.core.model.UnitCode> coordinating;
        Optional<Official> responsible;
        Optional<org.civicplan.core.model.UnitCode> reporting;
        Optional<String> rationale;
        Resources resources;

        AssignmentParts(Assignment a) {
            lead = a.leadUnits();
            coordinating = a.coordinatingUnits();
            responsible = a.responsible();
            reporting = a.reportingUnit();
            rationale = a.leadRationale();
            resources = a.resources();
        }

        AssignmentParts lead(org.civicplan.core.model.UnitCode... units) {
            lead = List.of(units);
            return this;
        }

        AssignmentParts coordinating(org.civicplan.core.model.UnitCode... units) {
            coordinating = List.of(units);
            return this;
        }

        AssignmentParts responsible(Official official) {
            responsible = Optional.ofNullable(official);
            return this;
        }

        AssignmentParts reporting(org.civicplan.core.model.UnitCode unit) {
            reporting = Optional.ofNullable(unit);
            return this;
        }

        AssignmentParts rationale(String text) {
            rationale = Optional.ofNullable(text);
            return this;
        }

        AssignmentParts resources(Resources value) {
            resources = value;
            return this;
        }

        Assignment build() {
            return new Assignment(lead, coordinating, responsible, reporting, rationale, resources);
        }
    }

    static Resources funding(Vnd amount) {
        return Resources.of(new FundingLine(FundingSource.CITY_BUDGET, 2022, amount));
    }

    public static List<Case> all() {
        return List.of(
                of("valid person", Dimension.PERSON, b -> b),
                of("no lead", Dimension.PERSON, b -> b.assignment(assignment(a -> a.lead())), "person.lead.missing"),
                of(
                        "two leads",
                        Dimension.PERSON,
                        b -> b.assignment(assignment(a -> a.lead(SKHCN, Fixtures.UBND))),
                        "person.lead.multiple"),
                of(
                        "no responsible",
                        Dimension.PERSON,
                        b -> b.assignment(assignment(a -> a.responsible(null))),
                        "person.responsible.missing"),
                of(
                        "responsible with blank post",
                        Dimension.PERSON,
                        b -> b.assignment(assignment(a ->
                                a.responsible(new Official(Optional.of(" "), Optional.of("\t"), Optional.empty())))),
                        "person.responsible.missing"),
                of(
                        "lead also coordinating",
                        Dimension.PERSON,
                        b -> b.assignment(assignment(a -> a.coordinating(STTTT, SKHCN))),
                        "person.coordinating.lead"),
                of(
                        "coordinating twice",
                        Dimension.PERSON,
                        b -> b.assignment(assignment(a -> a.coordinating(STTTT, STTTT))),
                        "person.coordinating.duplicate"),
                of("valid task", Dimension.TASK, b -> b),
                of("blank title", Dimension.TASK, b -> b.title("   "), "task.title.missing"),
                of("no content", Dimension.TASK, b -> b.content(null), "task.content.missing"),
                of(
                        "content is the title (NFD)",
                        Dimension.TASK,
                        b -> b.title("Đề án hỗ trợ khởi nghiệp")
                                .content(java.text.Normalizer.normalize(
                                        "đề án hỗ trợ khởi nghiệp", java.text.Normalizer.Form.NFD)),
                        "task.content.missing"),
                of(
                        // spacing is ignored however long: no shortcut on the texts' lengths
                        "content is the title over many lines",
                        Dimension.TASK,
                        b -> b.title("Đề án hỗ trợ").content("Đề án\n\n\n\n\n\n\n\n\n\n\n\n\n\nhỗ trợ"),
                        "task.content.missing"),
                of(
                        "generic content",
                        Dimension.TASK,
                        b -> b.content("Tiếp tục đẩy mạnh triển khai thực hiện."),
                        "task.content.generic"),
                of(
                        "generic with a short object",
                        Dimension.TASK,
                        b -> b.content("Tăng cường công tác quản lý"),
                        "task.content.generic"),
                of("concrete with a number", Dimension.TASK, b -> b.content("Tăng cường 3 đợt kiểm tra")),
                of("valid time", Dimension.TIME, b -> b),
                of("no deadline", Dimension.TIME, b -> b.deadline(null), "time.deadline.missing"),
                of("ongoing scheme", Dimension.TIME, b -> b.deadline(new Period.Ongoing()), "time.deadline.open"),
                of("ongoing task", Dimension.TIME, b -> b.kind(ItemKind.TASK).deadline(new Period.Ongoing())),
                of(
                        "start after deadline",
                        Dimension.TIME,
                        b -> b.start(LocalDate.of(2022, 1, 1)),
                        "time.start.afterDeadline"),
                of("start in year 9999", Dimension.TIME, b -> b.start(LocalDate.of(9999, 1, 1)), "time.date.absurd"),
                of(
                        "completed in year 0",
                        Dimension.TIME,
                        b -> b.completedOn(LocalDate.of(0, 1, 1)),
                        "time.date.absurd"),
                of("valid responsibility", Dimension.RESPONSIBILITY, b -> b),
                of(
                        "reporting falls back to the lead",
                        Dimension.RESPONSIBILITY,
                        b -> b.assignment(assignment(a -> a.reporting(null)))),
                of(
                        "no reporting unit",
                        Dimension.RESPONSIBILITY,
                        b -> b.assignment(assignment(a -> a.lead().reporting(null))),
                        "responsibility.reporting.missing"),
                of("valid product", Dimension.PRODUCT, b -> b),
                of(
                        "no product",
                        Dimension.PRODUCT,
                        b -> b.product(Product.NONE),
                        "product.kind.missing",
                        "product.description.missing"),
                of(
                        "events without a count",
                        Dimension.PRODUCT,
                        b -> b.product(Product.of(ProductKind.EVENT, "Hội thảo khoa học")),
                        "product.quantity.missing"),
                of(
                        "zero events",
                        Dimension.PRODUCT,
                        b -> b.product(Product.of(ProductKind.EVENT, "Hội thảo khoa học", 0)),
                        "product.quantity.invalid"),
                of("valid authority", Dimension.AUTHORITY, b -> b),
                of("no approval level", Dimension.AUTHORITY, b -> b.approvalLevel(null), "authority.level.missing"),
                of(
                        "scheme approved by a district",
                        Dimension.AUTHORITY,
                        b -> b.approvalLevel(ApprovalLevel.DISTRICT),
                        "authority.level.mismatch"),
                of(
                        "group A investment approved by the committee",
                        Dimension.AUTHORITY,
                        b -> b.kind(ItemKind.PROJECT)
                                .publicInvestment(PublicInvestment.of(Vnd.of(5_000_000_000_000L), "A")),
                        "authority.level.mismatch"),
                of("group B investment approved by the committee", Dimension.AUTHORITY, b -> b.kind(ItemKind.PROJECT)
                        .publicInvestment(PublicInvestment.of(Vnd.of(500_000_000_000L), "B"))),
                of("valid resources", Dimension.RESOURCES, b -> b),
                of(
                        "regular budget",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(a -> a.resources(Resources.regularOperatingBudget())))),
                of(
                        "no resources",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(a -> a.resources(Resources.NONE))),
                        "resources.missing"),
                of(
                        "staff only",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(
                                a -> a.resources(new Resources(List.of(), false, Optional.of(3), Optional.empty())))),
                        "resources.missing"),
                of(
                        "zero amount",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(a -> a.resources(funding(Vnd.ZERO)))),
                        "resources.amount.zero"),
                of(
                        "absurd amount",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(a -> a.resources(funding(new Vnd(BigInteger.TEN.pow(18)))))),
                        "resources.amount.absurd"),
                of(
                        "negative staff",
                        Dimension.RESOURCES,
                        b -> b.assignment(assignment(
                                a -> a.resources(new Resources(List.of(), true, Optional.of(-2), Optional.empty())))),
                        "resources.staff.invalid"),
                of(
                        "investment of zero",
                        Dimension.RESOURCES,
                        b -> b.kind(ItemKind.PROJECT).publicInvestment(PublicInvestment.of(Vnd.ZERO, "C")),
                        "resources.investment.zero"),
                of("valid measurable", Dimension.MEASURABLE, b -> b),
                of("quantified product instead of an indicator", Dimension.MEASURABLE, b -> b.indicators(List.of())
                        .product(Product.of(ProductKind.TRAINING, "Lớp bồi dưỡng", 10))),
                of("nothing to count", Dimension.MEASURABLE, b -> b.indicators(List.of()), "measurable.missing"));
    }
}
