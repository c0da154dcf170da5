package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitDirectory;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {
    @Test
    void smallPortfolioHasTheDocumentedShape() {
        Portfolio portfolio = new PortfolioGenerator(42).generate(PortfolioGenerator.Size.S);
        assertThat(portfolio.items()).hasSize(1_000);
        assertThat(portfolio.measurements()).hasSize(10_000);
        assertThat(portfolio.programs()).hasSize(10);
        assertThat(portfolio.indicators()).hasSize(200);
        assertThat(portfolio.plans()).hasSize(60);
        UnitDirectory directory = portfolio.directory();
        Set<String> ids = new HashSet<>();
        for (Item item : portfolio.items()) {
            assertThat(ids.add(item.id().value())).isTrue();
            assertThat(directory.contains(item.assignment().lead().orElseThrow()))
                    .isTrue();
        }
        InMemoryPortfolioStore.of(portfolio); // imports: unique keys, valid references
    }

    @Test
    void withoutItemsIsTheSamePortfolioLessItsPlansItemsAndMeasurements() {
        PortfolioGenerator generator = new PortfolioGenerator(42);
        Portfolio whole = generator.generate(PortfolioGenerator.Size.S);
        Portfolio frame = generator.withoutItems(PortfolioGenerator.Size.S);
        assertThat(frame.id()).isEqualTo(whole.id());
        assertThat(frame.units()).isEqualTo(whole.units());
        assertThat(frame.programs()).isEqualTo(whole.programs());
        assertThat(frame.indicators()).isEqualTo(whole.indicators());
        assertThat(frame.plans()).isEmpty();
        assertThat(frame.items()).isEmpty();
        assertThat(frame.measurements()).isEmpty();
        // the measurement checks' store: measurements generated on demand, all of them
        GeneratedStore store = new GeneratedStore(generator, PortfolioGenerator.Size.S, false);
        assertThat(store.items().all()).isEmpty();
        long[] seen = {0};
        store.measurements().forEach(m -> seen[0]++);
        assertThat(seen[0])
                .isEqualTo(whole.measurements().size())
                .isEqualTo(store.measurements().count());
    }

    /**
     * Rows are worded as a real plan's are, each its own task (not one of 96 titles for every row), and
     * a plan now and then repeats a row word for word: the clarity check's near-duplicate search has a
     * few findings to make, not one per row.
     */
    @Test
    void rowsAreVariedWithAFewRepeatsInTheirPlans() {
        Portfolio portfolio = new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.S, false);
        Set<String> titles = new HashSet<>();
        Set<String> inPlan = new HashSet<>();
        int repeatedInPlan = 0;
        for (Item item : portfolio.items()) {
            titles.add(item.title());
            if (!inPlan.add(item.plan().value() + "|" + item.title() + "|"
                    + item.content().orElseThrow())) {
                repeatedInPlan++;
            }
        }
        assertThat(titles.size()).isGreaterThan(950);
        assertThat(repeatedInPlan).isBetween(1, 30);
    }

    @Test
    void sameSeedSamePortfolio() {
        assertThat(new PortfolioGenerator(7).generate(PortfolioGenerator.Size.S))
                .isEqualTo(new PortfolioGenerator(7).generate(PortfolioGenerator.Size.S));
        assertThat(new PortfolioGenerator(7).generate(PortfolioGenerator.Size.S).items())
                .isNotEqualTo(new PortfolioGenerator(8)
                        .generate(PortfolioGenerator.Size.S)
                        .items());
    }

    @Test
    void streamedMeasurementsMatchTheInMemoryOnes() {
        PortfolioGenerator generator = new PortfolioGenerator(3);
        var iterator = generator.measurements(PortfolioGenerator.Size.S);
        var list = generator.generate(PortfolioGenerator.Size.S).measurements();
        for (int i = 0; i < list.size(); i++) {
            assertThat(iterator.next()).isEqualTo(list.get(i));
        }
        assertThat(iterator.hasNext()).isFalse();
        assertThat(PortfolioGenerator.Size.L.measurements()).isEqualTo(1_000_000L);
        assertThat(PortfolioGenerator.Size.M.items()).isEqualTo(10_000);
    }
}
