package org.civicplan.core.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;

/** An item's fields as the exports print them in a cell: product, unit names, funding sources. */
public final class ItemText {
    private ItemText() {}

    /** The product's description, else its kind, with the quantity when there is one. */
    public static String product(Product product, Lang lang) {
        String text = product.description()
                .or(() -> product.kind().map(k -> k.label(lang)))
                .orElse("");
        if (product.quantity().isPresent()) {
            text = text + " (" + lang.pick("số lượng: ", "quantity: ")
                    + NumberText.number(product.quantity().get(), lang) + ")";
        }
        return text;
    }

    /** Between units in a spreadsheet or document cell: one unit per line (a line break in the cell). */
    public static final String UNITS_IN_CELL = "\n";

    /** Between units in a CSV field, which a reader takes line by line. */
    public static final String UNITS_IN_CSV = "; ";

    /**
     * The item's deadline as a cell shows it: the official's words when the plan's phrase was kept
     * ("chậm nhất ngày 15/11/2021"), else the canonical deadline's wording; empty when it has none.
     */
    public static String deadline(Item item, Lang lang) {
        return item.deadlineText(lang).orElse("");
    }

    /** The units' names in the order given, joined by {@code separator}. */
    public static String unitNames(UnitDirectory units, List<UnitCode> codes, String separator) {
        StringJoiner out = new StringJoiner(separator);
        codes.forEach(c -> out.add(units.nameOf(c)));
        return out.toString();
    }

    /** The funding sources of the item's resources, each once, regular budget last; "; " between. */
    public static String fundingSources(Item item, Lang lang) {
        Set<String> labels = new LinkedHashSet<>();
        for (FundingLine line : item.assignment().resources().funding()) {
            labels.add(line.source().label(lang));
        }
        if (item.assignment().resources().regularBudget()) {
            labels.add(FundingSource.REGULAR_BUDGET.label(lang));
        }
        return String.join("; ", labels);
    }
}
