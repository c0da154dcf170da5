package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, tenants and references: a read-only command never creates a portfolio, an unknown
 * {@code --portfolio} lists those the store holds, {@code --portfolio} may be left out when the
 * store holds one, and a reference to nothing in an imported file is located, on every store.
 */
class TenantsAndReferencesTest {
    @TempDir
    Path dir;

    private String store(String kind) {
        return kind.equals("json") ? dir.resolve("store").toString() : "jdbc:h2:file:" + dir.resolve("db");
    }

    private static Portfolio renamed(String id) {
        Portfolio p = Program07Sample.portfolio();
        return new Portfolio(
                PortfolioId.of(id),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                p.items(),
                p.indicators(),
                p.measurements(),
                p.reports(),
                p.adjustments());
    }

    private void importFile(Portfolio portfolio, String store) throws Exception {
        Path file = Cli.write(portfolio, dir.resolve(portfolio.id().value() + ".json"));
        Cli r = Cli.run("import", file.toString(), "--store", store, "--no-progress");
        assertThat(r.code()).as(r::toString).isZero();
    }

    private List<PortfolioId> h2Portfolios() {
        try (HikariDataSource pool = JdbcStores.pool("jdbc:h2:file:" + dir.resolve("db"), null, null)) {
            return JdbcPortfolioStore.portfolios(pool);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void anUnknownPortfolioIsAnErrorListingThoseThereAreAndCreatesNothing(String kind) throws Exception {
        String store = store(kind);
        importFile(renamed("hai-phong"), store);

        for (String[] args : List.of(
                new String[] {"units", "--store", store, "--portfolio", "hanoi"},
                new String[] {"review", "--store", store, "--portfolio", "hanoi", "--period", "2021-H1"},
                new String[] {"calendar", "--store", store, "--portfolio", "hanoi"},
                new String[] {
                    "export",
                    "--store",
                    store,
                    "--portfolio",
                    "hanoi",
                    "--format",
                    "csv",
                    "--out",
                    dir.resolve("x.csv").toString(),
                    "--no-progress"
                })) {
            Cli r = Cli.run(args);
            assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
            assertThat(r.err())
                    .as(r::toString)
                    .startsWith("civicplan: lỗi: Kho " + store + " không có danh mục \"hanoi\"; kho có: hai-phong")
                    .doesNotContain("\tat ");
        }
        if (kind.equals("h2")) {
            assertThat(h2Portfolios()).containsExactly(PortfolioId.of("hai-phong"));
        } else {
            assertThat(Files.readString(dir.resolve("store/portfolio.json"))).contains("hai-phong");
        }
        assertThat(dir.resolve("x.csv")).doesNotExist();

        // the one portfolio the store holds needs no --portfolio
        Cli units = Cli.run("units", "--store", store);
        assertThat(units.code()).as(units::toString).isZero();
        assertThat(units.out()).contains("Sở Khoa học và Công nghệ");
        Cli english = Cli.run("units", "--store", store, "--portfolio", "x", "--lang", "en");
        assertThat(english.err())
                .startsWith("civicplan: error: The store " + store + " holds no portfolio \"x\"; it holds: hai-phong");
    }

    @Test
    void severalPortfoliosInOneDatabaseMustBeChosenAmong() throws Exception {
        String store = store("h2");
        importFile(renamed("hai-phong"), store);
        importFile(renamed("hanoi"), store);

        Cli r = Cli.run("units", "--store", store, "--lang", "en");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("holds several portfolios: hai-phong, hanoi; choose one with --portfolio");
        assertThat(Cli.run("units", "--store", store, "--portfolio", "hanoi").code())
                .isZero();
    }

    @Test
    void anEmptyStoreFolderHoldsNoPortfolioAndStaysEmpty() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli r = Cli.run("calendar", "--store", empty.toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("chưa có danh mục nào").contains("civicplan import");
        try (Stream<Path> files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void aReferenceToNothingInAnImportedFileIsLocatedAndNothingIsImported(String kind) throws Exception {
        Portfolio sample = Program07Sample.portfolio();
        List<Item> items = new ArrayList<>(sample.items());
        Item first = items.get(0);
        items.set(0, first.toBuilder().plan(PlanId.of("KH-KHONG-CO")).build());
        Portfolio broken = new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                items,
                sample.indicators(),
                sample.measurements(),
                sample.reports(),
                sample.adjustments());
        Path file = Cli.write(broken, dir.resolve("broken.json"));
        String line = lineOf(file, "\"KH-KHONG-CO\"");

        Cli r = Cli.run("import", file.toString(), "--store", store(kind), "--no-progress", "--lang", "en");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .as(r::toString)
                .contains("broken.json:" + line)
                .contains("/items/0/plan")
                .contains("field plan: plan \"KH-KHONG-CO\" does not exist")
                .doesNotContainIgnoringCase("sql")
                .doesNotContain("INSERT")
                .doesNotContain("\tat ");
        if (kind.equals("h2")) {
            try (HikariDataSource pool = JdbcStores.pool(store(kind), null, null)) {
                assertThat(JdbcPortfolioStore.open(pool, sample.id()).snapshot().items())
                        .isEmpty();
            }
        } else {
            assertThat(Cli.run("units", "--store", store(kind)).out()).doesNotContain("Sở Khoa học");
        }
    }

    /** The 1-based line of the first occurrence of {@code text}, and the ':' after it. */
    private static String lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return (i + 1) + ":";
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
