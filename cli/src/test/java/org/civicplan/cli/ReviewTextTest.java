package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.examples.sample.Program07Sample;
import org.junit.jupiter.api.Test;

/**
 * The review as text prints each listed item's lead from the review's own line: the plan's words
 * when the item keeps them, else the directory's names, as every export prints them.
 */
class ReviewTextTest {
    private static final UnitCode SKHCN = Program07Sample.STANDING_AGENCY;
    private static final Period PERIOD = Period.year(2022);

    @Test
    void aListedItemShowsItsLeadAsThePlanWritesIt() {
        Portfolio sample = Program07Sample.portfolio();
        Review before = review(sample);
        Review.ItemLine listed = before.items().stream()
                .filter(l -> l.status() == ReviewStatus.OVERDUE || l.status() == ReviewStatus.DONE_LATE)
                .filter(l -> l.leadUnits().equals(List.of(SKHCN)))
                .findFirst()
                .orElseThrow();
        InMemoryPortfolioStore plain = InMemoryPortfolioStore.of(sample);
        String name = plain.units().directory().nameOf(SKHCN);
        // "Sở Khoa học và Công nghệ": the Department of Science and Technology by its full name, as plans write it
        assertThat(name).isNotEqualTo("Sở Khoa học và Công nghệ");
        assertThat(text(before, plain)).contains(listed.title() + " [" + name + "]");

        InMemoryPortfolioStore written =
                InMemoryPortfolioStore.of(withLeadWords(sample, listed.id(), "Sở Khoa học và Công nghệ"));
        Review after = review(written.snapshot());
        assertThat(text(after, written))
                .contains(listed.title() + " [Sở Khoa học và Công nghệ]")
                .doesNotContain(listed.title() + " [" + name + "]");
    }

    private static Review review(Portfolio portfolio) {
        return ReviewService.of(InMemoryPortfolioStore.of(portfolio))
                .review(Program07Sample.PROGRAM, PERIOD, Program07Sample.REVIEW_DATE);
    }

    private static String text(Review review, InMemoryPortfolioStore store) {
        return ReviewText.text(
                review,
                store.programs().get(Program07Sample.PROGRAM),
                store.units().directory(),
                Lang.VI);
    }

    private static Portfolio withLeadWords(Portfolio portfolio, ItemId id, String words) {
        List<Item> items = new ArrayList<>();
        for (Item item : portfolio.items()) {
            items.add(
                    item.id().equals(id)
                            ? item.toBuilder()
                                    .assignment(item.assignment().withUnitsAsWritten(List.of(words), List.of()))
                                    .build()
                            : item);
        }
        return new Portfolio(
                portfolio.id(),
                portfolio.name(),
                portfolio.units(),
                portfolio.programs(),
                portfolio.plans(),
                items,
                portfolio.indicators(),
                portfolio.measurements(),
                portfolio.reports(),
                portfolio.adjustments());
    }
}
