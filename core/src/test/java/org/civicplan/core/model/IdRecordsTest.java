package org.civicplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.runtime.ObjectMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The typed ids write out equals and hashCode (a record's generated ones are bootstrapped through
 * method handles on first use, a cost of every short run of the tool): they must give what the
 * generated ones give, since hash codes order hash sets and maps, and through them some output.
 */
class IdRecordsTest {
    @Test
    void equalsAndHashCodeAreTheGeneratedOnes() throws Throwable {
        check(UnitCode.class, UnitCode::of);
        check(ProgramId.class, ProgramId::of);
        check(PlanId.class, PlanId::of);
        check(ItemId.class, ItemId::of);
        check(IndicatorCode.class, IndicatorCode::of);
        check(ReportId.class, ReportId::of);
        check(AdjustmentId.class, AdjustmentId::of);
        check(PortfolioId.class, PortfolioId::of);
    }

    private static <T extends Record> void check(Class<T> type, Function<String, T> of) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle value = lookup.findVirtual(type, "value", MethodType.methodType(String.class));
        MethodHandle hash = ((CallSite) ObjectMethods.bootstrap(
                        lookup, "hashCode", MethodType.methodType(int.class, type), type, "value", value))
                .getTarget();
        MethodHandle equal = ((CallSite) ObjectMethods.bootstrap(
                        lookup,
                        "equals",
                        MethodType.methodType(boolean.class, type, Object.class),
                        type,
                        "value",
                        value))
                .getTarget();
        List<T> ids = new ArrayList<>();
        Random random = new Random(20);
        for (String text : List.of("SKHCN", "KH-UBND-07", "07-CTr/TU", "Sở KH&CN", "a", "A", "hanoi")) {
            ids.add(of.apply(text));
        }
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                char c = (char) ('!' + random.nextInt(0x1ff));
                s.append(Character.isISOControl(c) ? 'x' : c);
            }
            ids.add(of.apply(s.toString()));
        }
        for (T a : ids) {
            assertThat(a.hashCode()).as("%s %s", type.getSimpleName(), a).isEqualTo((int) hash.invoke(a));
            assertThat(a.equals(null)).isEqualTo((boolean) equal.invoke(a, null));
            assertThat(a.equals(a.toString())).isEqualTo((boolean) equal.invoke(a, a.toString()));
            for (T b : List.of(
                    ids.get(0), ids.get(4), ids.get(5), of.apply(a.toString()), ids.get(random.nextInt(ids.size())))) {
                assertThat(a.equals(b)).as("%s %s", a, b).isEqualTo((boolean) equal.invoke(a, b));
            }
        }
        // an id of another type with the same text is not equal, as with the generated equals
        Object other = type == UnitCode.class ? PlanId.of("SKHCN") : UnitCode.of("SKHCN");
        assertThat(of.apply("SKHCN").equals(other)).isFalse().isEqualTo((boolean)
                equal.invoke(of.apply("SKHCN"), other));
    }
}
