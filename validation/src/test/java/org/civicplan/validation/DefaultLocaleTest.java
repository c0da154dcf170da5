package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.junit.jupiter.api.Test;

/** English stays English on a machine whose default locale is Vietnamese (and the other way round). */
class DefaultLocaleTest {
    @Test
    void languageDoesNotDependOnTheJvmLocale() {
        Locale old = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        try (ValidatorFactory factory = CivicValidation.validatorFactory()) {
            var item = Fixtures.item(1).deadline(null).build();
            assertThat(CivicValidation.validator(factory, Lang.EN).validate(item, Stage.Submission.class))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("No deadline: state when the item is due");
            assertThat(CivicValidation.validator(factory, Lang.VI).validate(item, Stage.Submission.class))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("Chưa có thời hạn hoàn thành");
            assertThat(ClarityCheck.create()
                            .check(Fixtures.portfolio(java.util.List.of(item)))
                            .findings(item.id())
                            .get(0)
                            .message()
                            .en())
                    .isEqualTo("No deadline: state when the item is due");
        } finally {
            Locale.setDefault(old);
        }
    }
}
