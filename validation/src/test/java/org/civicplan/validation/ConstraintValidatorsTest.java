package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.ClearAuthority;
import org.civicplan.core.constraints.ClearPerson;
import org.civicplan.core.constraints.ClearProduct;
import org.civicplan.core.constraints.ClearResources;
import org.civicplan.core.constraints.ClearResponsibility;
import org.civicplan.core.constraints.ClearTask;
import org.civicplan.core.constraints.ClearTime;
import org.civicplan.core.constraints.Measurable;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Baseline;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Target;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same rules through a real Hibernate Validator, with messages in Vietnamese and English. */
public class ConstraintValidatorsTest {
    static final ValidatorFactory FACTORY = CivicValidation.validatorFactory();
    static final Validator VI = CivicValidation.validator(FACTORY, Lang.VI);
    static final Validator EN = CivicValidation.validator(FACTORY, Lang.EN);
    static final Class<?>[] ALL = {Stage.Draft.class, Stage.Submission.class, Stage.Issue.class};
    static final Map<Dimension, Class<? extends Annotation>> ANNOTATION = Map.of(
            Dimension.PERSON, ClearPerson.class,
            Dimension.TASK, ClearTask.class,
            Dimension.TIME, ClearTime.class,
            Dimension.RESPONSIBILITY, ClearResponsibility.class,
            Dimension.PRODUCT, ClearProduct.class,
            Dimension.AUTHORITY, ClearAuthority.class,
            Dimension.RESOURCES, ClearResources.class,
            Dimension.MEASURABLE, Measurable.class);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static List<RuleCases.Case> cases() {
        return RuleCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatorReportsTheRuleWithItsMessageKey(RuleCases.Case c) {
        List<String> templates = VI.validate(c.item(), ALL).stream()
                .filter(v ->
                        v.getConstraintDescriptor().getAnnotation().annotationType() == ANNOTATION.get(c.dimension()))
                .map(ConstraintViolation::getMessageTemplate)
                .sorted()
                .toList();
        assertThat(templates)
                .containsExactlyElementsOf(c.codes().stream()
                        .map(code -> "{" + Rule.fromCode(code).messageKey() + "}")
                        .sorted()
                        .toList());
    }

    @Test
    void messagesInVietnameseAndEnglishOnTheOffendingProperty() {
        Item item = Fixtures.item(1)
                .assignment(RuleCases.assignment(a -> a.lead().responsible(null)))
                .build();
        assertThat(VI.validate(item, Stage.Submission.class))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("assignment.leadUnits", "Chưa có đơn vị chủ trì: ghi rõ một đơn vị chủ trì"),
                        tuple(
                                "assignment.responsible",
                                "Chưa có người chịu trách nhiệm: ghi rõ họ tên hoặc chức vụ (ví dụ Giám đốc Sở)"));
        assertThat(EN.validate(item, Stage.Submission.class))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("assignment.leadUnits", "No lead unit: name exactly one unit that leads the item"),
                        tuple(
                                "assignment.responsible",
                                "No responsible official: name the official or the post (e.g. Director of the"
                                        + " Department)"));
    }

    @Test
    void parametersAreInterpolatedAndIndexedPathsBuilt() {
        Item item = Fixtures.item(1)
                .assignment(RuleCases.assignment(a -> a.lead(Fixtures.SKHCN, Fixtures.UBND, Fixtures.STTTT)
                        .resources(
                                RuleCases.funding(new org.civicplan.core.money.Vnd(java.math.BigInteger.TEN.pow(16))))))
                .build();
        assertThat(EN.validate(item, Stage.Submission.class))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple(
                                "assignment.leadUnits",
                                "3 lead units: name exactly one lead unit and list the others as coordinating units"),
                        tuple(
                                "assignment.coordinatingUnits[0]",
                                "Unit \"STTTT\" is both lead and coordinating unit: remove it from the coordinating"
                                        + " units"),
                        tuple(
                                "assignment.resources.funding[0].amount",
                                "The amount 10000000000000000 VND is not plausible (more than 10^15): correct the"
                                        + " typing error"));
        assertThat(VI.validate(item, Stage.Submission.class))
                .extracting(ConstraintViolation::getMessage)
                .contains("Có 3 đơn vị chủ trì: chỉ ghi một đơn vị chủ trì, các đơn vị khác là đơn vị phối hợp");
    }

    @Test
    void userDataInParametersStaysText() {
        org.civicplan.core.model.UnitCode odd = org.civicplan.core.model.UnitCode.of("${1+1}{x}\\y");
        Item item = Fixtures.item(1)
                .assignment(RuleCases.assignment(a -> a.coordinating(odd, odd)))
                .build();
        assertThat(EN.validate(item, Stage.Submission.class))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("Coordinating unit \"${1+1}{x}\\y\" is listed more than once");
    }

    @Test
    void groupsFollowTheStages() {
        Item item = Fixtures.item(1)
                .approvalLevel(null)
                .indicators(List.of())
                .deadline(null)
                .build();
        assertThat(VI.validate(item, Stage.Submission.class))
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{org.civicplan.validation.time.deadline.missing}");
        assertThat(VI.validate(item, Stage.Issue.class))
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder(
                        "{org.civicplan.validation.authority.level.missing}",
                        "{org.civicplan.validation.measurable.missing}");
        // the sequence stops at the first stage that fails
        assertThat(VI.validate(item, Stage.Sequence.class)).hasSize(1);
        assertThat(VI.validate(item)).isEmpty();
    }

    @Test
    void indicatorConstraint() {
        Indicator bare = new Indicator(
                Fixtures.INNOVATION,
                Fixtures.PROGRAM,
                "Tỷ lệ",
                Optional.of(" "),
                IndicatorKind.PERCENT,
                org.civicplan.core.model.Direction.INCREASE,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        assertThat(EN.validate(bare, Stage.Issue.class))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("unitOfMeasure", "The indicator has no unit of measure"),
                        tuple("baseline", "The indicator has no baseline (value and period)"),
                        tuple("target", "The indicator has no numeric target (comparison, value and period)"),
                        tuple("frequency", "The indicator has no reporting frequency"),
                        tuple("dataSource", "The indicator has no data source"));
        assertThat(VI.validate(bare, Stage.Issue.class))
                .extracting(ConstraintViolation::getMessage)
                .contains("Chỉ tiêu chưa có nguồn số liệu", "Chỉ tiêu chưa có đơn vị tính");

        Indicator backwards = withTargetBeforeBaseline();
        assertThat(VI.validate(backwards, Stage.Issue.class))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("target.period", "Kỳ mục tiêu 2019 kết thúc trước kỳ cơ sở 2020"));
        assertThat(VI.validate(Fixtures.indicator(Fixtures.INNOVATION), ALL)).isEmpty();
    }

    public static Indicator withTargetBeforeBaseline() {
        Indicator i = Fixtures.indicator(Fixtures.INNOVATION);
        return new Indicator(
                i.code(),
                i.program(),
                i.name(),
                i.unitOfMeasure(),
                i.kind(),
                i.direction(),
                Optional.of(new Baseline(BigDecimal.ONE, Period.year(2020))),
                Optional.of(Target.atLeast(BigDecimal.TEN, Period.year(2019))),
                List.of(),
                i.frequency(),
                i.dataSource(),
                i.reportingUnit(),
                0);
    }

    @Test
    void milestoneNeedsNoUnit() {
        Indicator i = Fixtures.indicator(Fixtures.INNOVATION);
        Indicator milestone = new Indicator(
                i.code(),
                i.program(),
                i.name(),
                Optional.empty(),
                IndicatorKind.MILESTONE,
                i.direction(),
                i.baseline(),
                i.target(),
                List.of(),
                i.frequency(),
                i.dataSource(),
                i.reportingUnit(),
                0);
        assertThat(VI.validate(milestone, ALL)).isEmpty();
    }

    record Named(@NotBlank String name) {}

    @Test
    void standardConstraintsSpeakVietnamese() {
        Set<ConstraintViolation<Named>> vi = VI.validate(new Named(" "));
        assertThat(vi).extracting(ConstraintViolation::getMessage).containsExactly("không được để trống");
        Set<ConstraintViolation<Named>> en = EN.validate(new Named(" "));
        assertThat(en).extracting(ConstraintViolation::getMessage).containsExactly("must not be blank");
    }

    @Test
    void nullProductIsImpossibleButEmptyProductIsReported() {
        Item item = Fixtures.item(1).product(Product.NONE).build();
        assertThat(EN.validate(item, Stage.Submission.class))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("product.kind", "product.description");
    }
}
