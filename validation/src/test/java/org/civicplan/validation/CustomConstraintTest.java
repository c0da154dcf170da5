package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.civicplan.core.model.Item;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.junit.jupiter.api.Test;

/** An embedding system adds its own rule to the clarity check through a Hibernate Validator mapping. */
class CustomConstraintTest {
    @Test
    void aCallersConstraintBecomesACustomFinding() {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(Item.class)
                .field("title")
                .constraint(new SizeDef().max(60).message("Tên nhiệm vụ tối đa 60 ký tự / at most 60 characters"));
        try (ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory()) {
            ClarityCheck check = new ClarityCheck(factory.getValidator());
            Item longTitle = Fixtures.item(1)
                    .title(
                            "Xây dựng và triển khai Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của Thủ đô")
                    .build();
            ClarityReport report = check.check(
                    Fixtures.portfolio(List.of(longTitle, Fixtures.item(2).build())));

            List<Finding> custom = report.findings().stream()
                    .filter(f -> f.rule() == Rule.CUSTOM)
                    .toList();
            assertThat(custom).hasSize(1);
            assertThat(custom.get(0).path()).isEqualTo("items[1].title");
            assertThat(custom.get(0).message(org.civicplan.core.Lang.VI))
                    .isEqualTo("Size: Tên nhiệm vụ tối đa 60 ký tự / at most 60 characters");
            assertThat(custom.get(0).isError()).isTrue();
            assertThat(report.readyFor(org.civicplan.core.constraints.Stage.SUBMISSION))
                    .isFalse();
        }
    }

    @Test
    void withoutTheMappingTheSameItemIsClear() {
        Item longTitle = Fixtures.item(1)
                .title("Xây dựng và triển khai Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của Thủ đô")
                .build();
        ClarityReport report = ClarityCheck.create()
                .check(Fixtures.portfolio(List.of(longTitle, Fixtures.item(2).build())));
        assertThat(report.findings()).noneMatch(f -> f.rule() == Rule.CUSTOM);
    }
}
