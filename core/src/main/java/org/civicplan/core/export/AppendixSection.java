package org.civicplan.core.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.text.RomanNumerals;

/**
 * One section of a plan appendix as the printed appendix lays it out: a heading row with a Roman
 * numeral ("I", "Nhiệm vụ chung") and the section's items. Items outside the plan's sections come
 * last under "Nhiệm vụ khác" (Other tasks), or with no heading row when the plan has no sections.
 *
 * @param numeral the Roman numeral, empty when there is no heading row
 * @param heading the section's heading, empty when there is no heading row
 * @param items the items in the plan's order
 */
public record AppendixSection(String numeral, String heading, List<Item> items) {
    public AppendixSection {
        requireNonNull(numeral, "numeral is null");
        requireNonNull(heading, "heading is null");
        items = List.copyOf(items);
    }

    /** Whether the section has a heading row. */
    public boolean headed() {
        return !numeral.isEmpty();
    }

    /**
     * The line under an appendix's title: "(Kèm theo Kế hoạch số 186/KH-UBND ngày ...)", naming the
     * plan's document, else its title.
     */
    public static String attachedTo(Plan plan, Lang lang) {
        String prefix = lang.pick("(Kèm theo ", "(Attached to ");
        return prefix + plan.document().map(d -> d.describe(lang)).orElse(plan.title()) + ")";
    }

    /** The plan's sections in order, each with its items, then the items of no section (if any). */
    public static List<AppendixSection> of(Plan plan, List<Item> items, Lang lang) {
        List<String> headings = plan.appendixSections();
        List<List<Item>> grouped = new ArrayList<>();
        for (int s = 0; s <= headings.size(); s++) {
            grouped.add(new ArrayList<>());
        }
        for (Item item : items) {
            int s = item.section().orElse(0);
            grouped.get(s < 1 || s > headings.size() ? headings.size() : s - 1).add(item);
        }
        List<AppendixSection> sections = new ArrayList<>(headings.size() + 1);
        for (int s = 0; s < headings.size(); s++) {
            sections.add(new AppendixSection(RomanNumerals.of(s + 1), headings.get(s), grouped.get(s)));
        }
        List<Item> other = grouped.get(headings.size());
        if (!other.isEmpty()) {
            sections.add(
                    headings.isEmpty()
                            ? new AppendixSection("", "", other)
                            : new AppendixSection(
                                    RomanNumerals.of(headings.size() + 1),
                                    lang.pick("Nhiệm vụ khác", "Other tasks"),
                                    other));
        }
        return List.copyOf(sections);
    }
}
