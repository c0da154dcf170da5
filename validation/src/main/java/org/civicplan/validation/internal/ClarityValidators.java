package org.civicplan.validation.internal;

import java.util.List;
import org.civicplan.core.constraints.ClearAuthority;
import org.civicplan.core.constraints.ClearPerson;
import org.civicplan.core.constraints.ClearProduct;
import org.civicplan.core.constraints.ClearResources;
import org.civicplan.core.constraints.ClearResponsibility;
import org.civicplan.core.constraints.ClearTask;
import org.civicplan.core.constraints.ClearTime;
import org.civicplan.core.constraints.Measurable;
import org.civicplan.core.constraints.MeasurableIndicator;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;

/**
 * The constraint validators of the clarity constraints declared in core, registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Each delegates to {@link ItemRules} or
 * {@link IndicatorRules}.
 */
public final class ClarityValidators {
    private ClarityValidators() {}

    public static final class Person extends RuleValidator<ClearPerson, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.person(item);
        }
    }

    public static final class Task extends RuleValidator<ClearTask, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.task(item);
        }
    }

    public static final class Time extends RuleValidator<ClearTime, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.time(item);
        }
    }

    public static final class Responsibility extends RuleValidator<ClearResponsibility, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.responsibility(item);
        }
    }

    public static final class Product extends RuleValidator<ClearProduct, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.product(item);
        }
    }

    public static final class Authority extends RuleValidator<ClearAuthority, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.authority(item);
        }
    }

    public static final class Resources extends RuleValidator<ClearResources, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.resources(item);
        }
    }

    public static final class ItemMeasurable extends RuleValidator<Measurable, Item> {
        @Override
        protected List<Hit> hits(Item item) {
            return ItemRules.measurable(item);
        }
    }

    public static final class IndicatorMeasurable extends RuleValidator<MeasurableIndicator, Indicator> {
        @Override
        protected List<Hit> hits(Indicator indicator) {
            return IndicatorRules.check(indicator);
        }
    }
}
