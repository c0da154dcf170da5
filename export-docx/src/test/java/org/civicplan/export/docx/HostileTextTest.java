package org.civicplan.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Characters XML 1.0 does not allow (U+FFFE, U+FFFF, a lone surrogate) made document.xml not
 * well-formed, so Word refused the file (issue 19); they are written as U+FFFD.
 */
class HostileTextTest {
    @Test
    void charactersXmlCannotCarryLeaveTheDocumentWellFormed() throws Exception {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        Item one = store.items().get(ItemId.of("KH-186/1"));
        store.items()
                .update(one.toBuilder()
                        .title("Đề án \uFFFE\uFFFF \uD800 cuối <b>&")
                        .build());
        String xml = DocxExporterTest.export(store, Lang.VI, true).get("word/document.xml");
        Document doc = DocxExporterTest.parse(xml);
        assertThat(DocxExporterTest.rows(doc).stream().flatMap(r -> r.stream()))
                .anyMatch(cell -> cell.contains("Đề án \uFFFD\uFFFD \uFFFD cuối <b>&"));
        assertThat(xml).doesNotContain("\uFFFE", "\uFFFF");
    }
}
