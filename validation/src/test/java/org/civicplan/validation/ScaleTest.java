package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.junit.jupiter.api.Test;

/**
 * 100,000 items in one plan, each depending on the one before (a chain as deep as the portfolio)
 * and the last closing a ring: a recursive or quadratic check would overflow the stack or run for
 * hours. No timing assertion beyond a generous time-out; throughput belongs to the benchmarks.
 */
class ScaleTest {
    static final int ITEMS = 100_000;

    @Test
    void hundredThousandItemsInAChain() {
        List<Item> items = new ArrayList<>(ITEMS);
        Item template = Fixtures.item(1).build();
        for (int n = 1; n <= ITEMS; n++) {
            String subject = subject(n);
            Item.Builder b = template.toBuilder()
                    .id(ItemId.of("I/" + n))
                    .number(n)
                    .title("Đề án " + subject)
                    .content("Xây dựng, trình UBND Thành phố ban hành Đề án " + subject);
            if (n == 1) {
                b.indicator(Fixtures.STARTUPS);
            }
            if (n > 1) {
                b.prerequisite(ItemId.of("I/" + (n - 1)));
            }
            items.add(b.build());
        }
        ClarityReport clean = assertTimeoutPreemptively(
                Duration.ofSeconds(120), () -> ClarityCheck.create().check(Fixtures.portfolio(items)));
        assertThat(clean.findings()).isEmpty();
        assertThat(clean.summary().itemsWithoutErrors()).isEqualTo(ITEMS);

        // close the ring: item 1 needs the last one
        items.set(
                0,
                items.get(0).toBuilder().prerequisite(ItemId.of("I/" + ITEMS)).build());
        ClarityReport ring = assertTimeoutPreemptively(
                Duration.ofSeconds(120), () -> ClarityCheck.create().check(Fixtures.portfolio(items)));
        assertThat(ring.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("structure.dependency.cycle");
            assertThat(f.message(Lang.EN)).startsWith("Items depend on each other in a cycle: 1 → 100000 → 99999 → ");
            assertThat(f.message(Lang.EN)).endsWith(" → 2 → 1; break the cycle");
        });
    }

    /**
     * Fourteen syllables from forty, drawn from the item's number: a hundred thousand tasks that no
     * careful reader (and no similarity search) would call the same.
     */
    static String subject(int n) {
        String[] syllables = {
            "an", "bình", "cao", "dân", "đông", "gia", "hòa", "khang", "lâm", "minh", "nam", "phú", "quang", "sơn",
            "tân", "thịnh", "uyên", "vĩnh", "xuân", "yên", "bắc", "châu", "đức", "giang", "hải", "hưng", "kiên", "long",
            "mỹ", "ninh", "phong", "phước", "quý", "tây", "thành", "thủy", "trung", "tường", "văn", "vinh"
        };
        StringBuilder out = new StringBuilder();
        long x = n * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 14; i++) {
            x ^= x >>> 29;
            x *= 0xBF58476D1CE4E5B9L;
            x ^= x >>> 32;
            out.append(i == 0 ? "" : " ").append(syllables[Math.floorMod(x >>> 16, syllables.length)]);
        }
        return out.toString();
    }
}
