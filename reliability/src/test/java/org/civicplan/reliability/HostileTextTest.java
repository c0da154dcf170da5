package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.export.html.HtmlDashboardExporter;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.jdbc.TestDatabase;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings (SQL metacharacters, script tags, quotes, backslashes, wildcards, Unicode
 * direction marks) are stored and read back verbatim by every store, and the HTML dashboard shows
 * them as text.
 */
class HostileTextTest {
    static final List<String> HOSTILE = List.of(
            "Robert'); DROP TABLE items;--",
            "' OR '1'='1",
            "\" OR \"\"=\"",
            "1; DELETE FROM audit_log WHERE 1=1 /*",
            "100% _wild_ \\ back\\slash `tick` $dollar$ $$body$$",
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "]]><!-- --> &amp; &lt;",
            "Đề án \u202e đảo chiều \u202c và 🇻🇳 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

    @TempDir
    Path dir;

    @Test
    void inMemory() {
        roundTrip(new InMemoryPortfolioStore(PortfolioId.of("rel")));
    }

    @Test
    void jsonFileStore() {
        roundTrip(JsonFileStore.open(dir, PortfolioId.of("rel")));
        // and from disk, by a store that did not write it
        assertTitles(JsonFileStore.open(dir, PortfolioId.of("rel")));
    }

    @Test
    void h2() {
        try (var pool = JdbcStores.h2File(dir)) {
            roundTrip(JdbcPortfolioStore.create(pool, PortfolioId.of("rel")));
        }
    }

    @Test
    void postgres() {
        try (var db = TestDatabase.postgres()) {
            roundTrip(JdbcPortfolioStore.create(db.pool(), PortfolioId.of("rel")));
        }
    }

    @Test
    void mariadb() {
        try (var db = TestDatabase.mariadb()) {
            roundTrip(JdbcPortfolioStore.create(db.pool(), PortfolioId.of("rel")));
        }
    }

    static ItemId id(int i) {
        return ItemId.of("KH-186/" + (10 + i));
    }

    private static void roundTrip(PortfolioStore store) {
        store.importPortfolio(TestPortfolios.portfolio());
        // an entry the hostile "DELETE FROM audit_log …" text would remove if it ever ran as SQL
        AuditEntry marker = store.audit()
                .append(new AuditEntry(
                        0,
                        Instant.parse("2021-10-26T03:00:00Z"),
                        Actor.of("SKHCN", "hostile-text-test"),
                        "marker",
                        "item",
                        "KH-186/1",
                        List.of()));
        int auditBefore = store.audit().all().size();
        for (int i = 0; i < HOSTILE.size(); i++) {
            Item item = TestPortfolios.item(10 + i).toBuilder()
                    .title(HOSTILE.get(i))
                    .content(HOSTILE.get((i + 1) % HOSTILE.size()))
                    .build();
            store.items().create(item);
        }
        assertTitles(store);
        // the tables are all still there and whole
        assertThat(store.items().all())
                .hasSize(TestPortfolios.portfolio().items().size() + HOSTILE.size());
        var snapshot = store.snapshot();
        var sample = TestPortfolios.portfolio();
        assertThat(snapshot.units()).hasSameSizeAs(sample.units());
        assertThat(snapshot.plans()).hasSameSizeAs(sample.plans());
        assertThat(snapshot.measurements()).hasSameSizeAs(sample.measurements());
        List<AuditEntry> audit = store.audit().all();
        assertThat(audit.size()).as("the audit trail lost nothing").isGreaterThanOrEqualTo(auditBefore);
        assertThat(store.audit().forEntity("item", "KH-186/1"))
                .as("the marker entry is still there, unchanged")
                .anySatisfy(e -> {
                    assertThat(e.sequence()).isEqualTo(marker.sequence());
                    assertThat(e.action()).isEqualTo("marker");
                    assertThat(e.actor()).isEqualTo(Actor.of("SKHCN", "hostile-text-test"));
                });
    }

    private static void assertTitles(PortfolioStore store) {
        for (int i = 0; i < HOSTILE.size(); i++) {
            Item read = store.items().get(id(i));
            assertThat(read.title()).isEqualTo(HOSTILE.get(i));
            assertThat(read.content()).contains(HOSTILE.get((i + 1) % HOSTILE.size()));
        }
    }

    @Test
    void theDashboardShowsAScriptTitleAsText() {
        PortfolioStore store = new InMemoryPortfolioStore(TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        String script = "<script>alert('xss')</script>";
        Item first = store.items().get(ItemId.of("KH-186/1"));
        store.items().update(first.toBuilder().title(script).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlDashboardExporter()
                .export(
                        new ExportRequest(
                                store,
                                Optional.of(TestPortfolios.PLAN),
                                Lang.VI,
                                LocalDate.of(2021, 12, 31),
                                Optional.empty()),
                        out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(script).contains("&lt;script&gt;");
        Document doc = Jsoup.parse(html);
        for (Element s : doc.select("script")) {
            assertThat(s.data()).doesNotContain("alert('xss')");
        }
        assertThat(doc.body().text()).contains(script);
    }
}
