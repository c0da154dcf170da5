package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Portfolio;
import org.civicplan.testing.TestPortfolios;
import org.civicplan.validation.internal.BuiltInConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClarityCheck#create()} bootstraps Hibernate Validator only when something needs it: the
 * check of a portfolio runs the civicplan rules directly and gives the report a check on a
 * bootstrapped validator gives; {@link ClarityCheck#validator()} builds it, once, also when asked
 * from several threads at once; a class path that may add constraints keeps the eager way.
 */
class DefaultValidatorTest {
    @TempDir
    Path dir;

    @Test
    void theCheckOfTheSampleNeverBootstrapsTheValidatorAndFindsWhatTheEagerCheckFinds() {
        Portfolio sample = TestPortfolios.portfolio();
        ClarityCheck lazy = ClarityCheck.create();
        ClarityReport whole = lazy.check(sample);
        ClarityReport plan = lazy.check(sample, TestPortfolios.PLAN);
        assertThat(lazy.hasValidator())
                .as("bootstrapped for a check that runs its rules directly")
                .isFalse();

        try (ValidatorFactory factory = CivicValidation.validatorFactory()) {
            ClarityCheck eager = new ClarityCheck(factory.getValidator());
            assertThat(whole.findings())
                    .isNotEmpty()
                    .isEqualTo(eager.check(sample).findings());
            assertThat(whole.toText(Lang.EN)).isEqualTo(eager.check(sample).toText(Lang.EN));
            assertThat(whole.toJson()).isEqualTo(eager.check(sample).toJson());
            assertThat(plan.findings())
                    .isEqualTo(eager.check(sample, TestPortfolios.PLAN).findings());
        }
    }

    @Test
    void whatTheCheckTakesForGrantedHolds() throws IOException {
        // create() skips reading the metadata when the class path adds nothing; this is what that reading gives
        assertThat(DefaultValidator.onlyCivicplanConstraints()).isTrue();
        try (ValidatorFactory factory = CivicValidation.validatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(BuiltInConstraints.onlyOnItems(validator)).isTrue();
            assertThat(BuiltInConstraints.onlyOnIndicators(validator)).isTrue();
        }
    }

    @Test
    void validatorIsBuiltOnceOnFirstAskEvenFromManyThreads() throws Exception {
        ClarityCheck check = ClarityCheck.create();
        assertThat(check.hasValidator()).isFalse();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Validator>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(check::validator);
            }
            List<Validator> got = new ArrayList<>();
            for (Future<Validator> f : pool.invokeAll(asks)) {
                got.add(f.get());
            }
            assertThat(got).allSatisfy(v -> assertThat(v).isSameAs(got.get(0)));
        } finally {
            pool.shutdown();
        }
        assertThat(check.hasValidator()).isTrue();
        assertThat(check.validator().validate(TestPortfolios.portfolio().items().get(0)))
                .as("a working validator with the civicplan constraints")
                .isNotNull();
    }

    @Test
    void aForeignConstraintValidatorOrAMappingFileKeepsTheEagerWay() throws IOException {
        Path services = dir.resolve("services");
        Files.createDirectories(services.resolve("META-INF/services"));
        Files.writeString(
                services.resolve(DefaultValidator.SERVICES),
                "# the city's own\norg.civicplan.validation.internal.ClarityValidators$Person\ncom.example.CityTaskValidator\n");
        assertThat(withContextLoader(services)).isFalse();

        Path xml = dir.resolve("xml");
        Files.createDirectories(xml.resolve("META-INF"));
        Files.writeString(xml.resolve(DefaultValidator.XML), "<validation-config/>");
        assertThat(withContextLoader(xml)).isFalse();

        Path ours = dir.resolve("ours");
        Files.createDirectories(ours.resolve("META-INF/services"));
        Files.writeString(
                ours.resolve(DefaultValidator.SERVICES),
                "org.civicplan.validation.internal.ClarityValidators$Task # again\n\n");
        assertThat(withContextLoader(ours)).as("civicplan's own, listed twice").isTrue();
    }

    private static boolean withContextLoader(Path root) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return DefaultValidator.onlyCivicplanConstraints();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
