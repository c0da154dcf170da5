package org.civicplan.core.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.review.Review;

/**
 * An item's fields as the exports print them in a cell: product, deadline and units (as the plan
 * writes them when the item keeps the words), funding sources.
 */
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

    /**
     * The item's lead units as a cell shows them: the plan's words when the item keeps them ("Sở
     * KH-ĐT", "các Sở: Tài chính, Nội vụ"), else the directory's names of its codes; joined by
     * {@code separator}. Every export and the review print lead units through this, so that one
     * item reads the same everywhere.
     */
    public static String leadUnits(Item item, UnitDirectory units, String separator) {
        return asWrittenOrNames(
                item.assignment().leadAsWritten(), item.assignment().leadUnits(), units, separator);
    }

    /**
     * A review line's lead units as {@link #leadUnits(Item, UnitDirectory, String)} prints the
     * item's: the review keeps the plan's words on the line, so an output needs no second read of
     * the item.
     */
    public static String leadUnits(Review.ItemLine line, UnitDirectory units, String separator) {
        return asWrittenOrNames(line.leadAsWritten(), line.leadUnits(), units, separator);
    }

    /** The item's coordinating units as a cell shows them, as {@link #leadUnits} does the lead. */
    public static String coordinatingUnits(Item item, UnitDirectory units, String separator) {
        return asWrittenOrNames(
                item.assignment().coordinatingAsWritten(), item.assignment().coordinatingUnits(), units, separator);
    }

    /**
     * The item's named reporting unit as a cell shows it: the plan's words when the item keeps them
     * ("Sở Tài chính" given by name in a version-2 file), else the directory's name of its code;
     * empty when the item names none (its single lead then reports).
     */
    public static String reportingUnit(Item item, UnitDirectory units) {
        Assignment a = item.assignment();
        return a.reportingUnitAsWritten()
                .orElseGet(() -> unitNames(units, a.reportingUnit().stream().toList(), ""));
    }

    /**
     * The responsible official's unit as a cell shows it, as {@link #reportingUnit} does the
     * reporting unit; empty when the item names no official or the official no unit.
     */
    public static String responsibleUnit(Item item, UnitDirectory units) {
        return item.assignment()
                .responsible()
                .map(o -> o.unitAsWritten()
                        .orElseGet(() -> unitNames(units, o.unit().stream().toList(), "")))
                .orElse("");
    }

    private static String asWrittenOrNames(
            List<String> written, List<UnitCode> codes, UnitDirectory units, String separator) {
        return written.isEmpty() ? unitNames(units, codes, separator) : String.join(separator, written);
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
