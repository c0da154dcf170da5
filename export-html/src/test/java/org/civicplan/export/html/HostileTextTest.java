package org.civicplan.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

/** Characters XML 1.0 does not allow never reach the page or its inline SVG (issue 19). */
class HostileTextTest {
    @Test
    void charactersXmlCannotCarryAreReplaced() {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        Item one = store.items().get(ItemId.of("KH-186/1"));
        store.items()
                .update(one.toBuilder().title("Đề án \uFFFE\uFFFF \uD800 cuối").build());
        String html = HtmlDashboardExporterTest.export(store, Lang.VI, Optional.empty());
        assertThat(html).doesNotContain("\uFFFE", "\uFFFF").contains("Đề án \uFFFD\uFFFD \uFFFD cuối");
        // no lone surrogate: every high one is followed by a low one
        for (int i = 0; i < html.length(); i++) {
            if (Character.isSurrogate(html.charAt(i))) {
                assertThat(Character.isHighSurrogate(html.charAt(i))
                                && i + 1 < html.length()
                                && Character.isLowSurrogate(html.charAt(i + 1)))
                        .as("surrogate pair at %d", i)
                        .isTrue();
                i++;
            }
        }
    }
}
