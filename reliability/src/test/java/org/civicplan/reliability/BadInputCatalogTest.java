package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.civicplan.cli.CivicPlanCli;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.JsonImportException;
import org.civicplan.storage.json.JsonProblem;
import org.civicplan.storage.json.PortfolioJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalog ({@code src/test/resources/org/civicplan/reliability/catalog}), each file
 * through the API ({@link PortfolioJson#read}) and the command line ({@code validate}, {@code import
 * --store DIR}, {@code import --store jdbc:h2:…}). Files named {@code accept-*} and {@code
 * hostile-*} are valid and must be kept verbatim; every other file must be refused with exit code
 * 2 (or validated with findings, exit 1), a message naming the file and the place, no stack trace,
 * and the store unchanged byte for byte. The 100 MB string is generated, not kept.
 */
class BadInputCatalogTest {
    static final String CATALOG = "/org/civicplan/reliability/catalog";
    static final AtomicInteger CASES = new AtomicInteger();

    @TempDir
    static Path work;

    static Path jsonStore;
    /** The stores accepted files were imported into (their file names hold the encoded ids). */
    static final List<Path> STORES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static String jdbcUrl;
    static Portfolio base;

    @BeforeAll
    static void seedStores() throws Exception {
        base = PortfolioJson.create().read(catalog().resolve("accept-bom.json"));
        jsonStore = work.resolve("json-store");
        JsonFileStore.open(jsonStore, base.id()).importPortfolio(base);
        jdbcUrl = "jdbc:h2:file:" + work.resolve("h2").resolve("civicplan").toAbsolutePath();
        try (var pool = JdbcStores.pool(jdbcUrl, "", "")) {
            JdbcPortfolioStore.create(pool, base.id()).importPortfolio(base);
        }
    }

    @AfterAll
    static void figures() {
        System.out.printf(
                "bad-input catalog: %d cases tried (files × API/validate/import-json/import-jdbc)%n", CASES.get());
    }

    static Path catalog() throws URISyntaxException {
        return Path.of(BadInputCatalogTest.class.getResource(CATALOG).toURI());
    }

    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(catalog())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theCatalogHasMoreThanAHundredBadInputs() throws Exception {
        long bad = files().stream().filter(p -> !accepted(p)).count();
        assertThat(bad + 1 /* the generated 100 MB string */).isGreaterThan(100);
    }

    /**
     * Where {@code validate} must place the problem of the issue-19 inputs: the number's own field
     * ({@code 1e99999999} and a number too long were reported at {@code /target/comparison}), and the
     * second copy of a duplicate id with the place of the first.
     */
    static final Map<String, List<String>> PLACES = Map.of(
            "number-too-long-target-value.json", List.of("/indicators/0/target/value"),
            "number-too-long-100k-digits.json", List.of("/indicators/0/target/value"),
            "number-exp-target-1e99999999.json", List.of("/indicators/0/target/value"),
            "number-exp-target-1e999999.json", List.of("/indicators/0/target/value"),
            "number-exp-target-1E+2147483647.json", List.of("/indicators/0/target/value"),
            "number-item-number-1e99999999.json", List.of("/items/0/number"),
            "dup-unit-code-nfc-nfd-twin.json", List.of("/units/7/code", "/units/6"),
            "dup-plan-id.json", List.of("/plans/2/id", "/plans/0"),
            "dup-item-id-last.json", List.of("/items/4/id", "/items/3"));

    @Test
    void theIssueInputsArePlacedAtTheirOwnField() throws Exception {
        for (Map.Entry<String, List<String>> e : PLACES.entrySet()) {
            Cli validate = Cli.run("validate", catalog().resolve(e.getKey()).toString(), "--lang", "en");
            assertThat(validate.code).as(validate.err).isEqualTo(2);
            for (String place : e.getValue()) {
                assertThat(validate.err).as(e.getKey()).contains(place);
            }
            assertThat(validate.err).as(e.getKey()).doesNotContain("/comparison");
        }
    }

    static boolean accepted(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("accept-") || name.startsWith("hostile-");
    }

    @TestFactory
    Stream<DynamicTest> everyFile() throws Exception {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @Test
    void aHundredMegabyteString() throws Exception {
        Path file = work.resolve("huge-string.json");
        String text = Files.readString(catalog().resolve("accept-bom.json")).replaceFirst("^\uFEFF", "");
        int at = text.indexOf("\"Hà Nội (thử nghiệm)\"");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text, 0, at + 1);
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write(text, at + 1, text.length() - at - 1);
        }
        check(file);
        Files.delete(file);
    }

    private void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        // 1. the API
        Portfolio read = null;
        try {
            read = PortfolioJson.create().read(file);
        } catch (JsonImportException e) {
            assertThat(e.problems()).isNotEmpty();
            for (JsonProblem p : e.problems()) {
                assertThat(p.file()).isEqualTo(name);
                assertThat(p.line()).as("line of %s", p).isPositive();
            }
            assertThat(e.getMessage()).contains(name);
        } catch (CivicPlanException e) {
            assertThat(e.getMessage()).as("message names the file").contains(name);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(name + ": the API threw " + e + ", not one of the library's exceptions", e);
        }
        CASES.incrementAndGet();
        if (accepted(file)) {
            assertThat(read).as(name + " is valid").isNotNull();
            keptVerbatim(file, read);
        } else if (read != null) {
            assertThat(name.startsWith("semantic-") || name.startsWith("gap-"))
                    .as(name + ": a file the API accepted must be a findings (or known-gap) case")
                    .isTrue();
        } else {
            assertThat(name)
                    .as("a semantic- file must parse (its finding is checked in SemanticCatalogTest)")
                    .doesNotStartWith("semantic-")
                    .doesNotStartWith("gap-");
        }

        // 2. validate
        Cli validate = Cli.run("validate", file.toString());
        CASES.incrementAndGet();
        validate.assertClean();
        if (read == null) {
            assertThat(validate.code).as(name + " validate: " + validate.err).isEqualTo(2);
            assertThat(validate.err).contains(name);
            assertThat(validate.err).as("the place (line:column)").containsPattern(":\\d+:\\d+");
        } else {
            // accept-clean.json and the gap- files find nothing; semantic- files find their defect
            // (rule and place: SemanticCatalogTest); the other accepted files are accept-bom.json's
            // copies and keep its three findings
            int expected = name.equals(SemanticCatalogTest.BASE) || name.startsWith("gap-") ? 0 : 1;
            assertThat(validate.code)
                    .as(name + " validate: " + validate.out + validate.err)
                    .isEqualTo(expected);
        }

        // 3. import into the JSON store and 4. into H2: refused, and the stores unchanged
        if (!accepted(file)) {
            String before = treeHash(jsonStore);
            Cli json = Cli.run("import", file.toString(), "--store", jsonStore.toString());
            CASES.incrementAndGet();
            json.assertClean();
            assertThat(json.code).as(name + " import json: " + json.err).isEqualTo(2);
            assertThat(treeHash(jsonStore)).as(name + ": JSON store unchanged").isEqualTo(before);

            Portfolio dbBefore = jdbcSnapshot();
            Cli jdbc = Cli.run("import", file.toString(), "--store", jdbcUrl);
            CASES.incrementAndGet();
            jdbc.assertClean();
            assertThat(jdbc.code).as(name + " import jdbc: " + jdbc.err).isEqualTo(2);
            assertThat(jdbcSnapshot()).as(name + ": database unchanged").isEqualTo(dbBefore);
            if (read == null) {
                assertThat(json.err).contains(name);
                assertThat(jdbc.err).contains(name);
            }
        } else {
            // the store sits five directories below `work`, so every "../" id in
            // accept-id-path-traversal.json (up to seven levels from a store subdirectory) points
            // inside `work`, which the walk below covers
            Path top = Files.createTempDirectory(work, "accept");
            Path fresh = top.resolve("l1/l2/l3/l4/store");
            STORES.add(fresh);
            Cli json = Cli.run("import", file.toString(), "--store", fresh.toString());
            CASES.incrementAndGet();
            json.assertClean();
            assertThat(json.code).as(name + " import: " + json.err).isZero();
            Portfolio stored = JsonFileStore.open(fresh, read.id()).snapshot();
            keptVerbatim(file, stored);
            sameIds(name, read, stored);
            try (Stream<Path> written = Files.walk(work)) {
                assertThat(written.filter(p -> STORES.stream().noneMatch(p::startsWith))
                                .map(p -> work.relativize(p).toString()))
                        .as("nothing written outside the store directory")
                        .noneMatch(n -> n.contains("passwd") || n.contains("escape"));
            }
            String url = "jdbc:h2:file:" + top.resolve("db").toAbsolutePath();
            Cli jdbc = Cli.run("import", file.toString(), "--store", url);
            CASES.incrementAndGet();
            jdbc.assertClean();
            assertThat(jdbc.code).as(name + " import jdbc: " + jdbc.err).isZero();
            try (var pool = JdbcStores.pool(url, "", "")) {
                Portfolio fromDb = JdbcPortfolioStore.open(pool, read.id()).snapshot();
                keptVerbatim(file, fromDb);
                sameIds(name, read, fromDb);
            }
        }
    }

    /** Item KH-186/1's title in each hostile- file, written out here, not taken from the reader. */
    static final Map<String, String> HOSTILE_TITLES = Map.of(
            "hostile-script-title.json", "<script>alert(\"xss\")</script><img src=x onerror=alert(1)>",
            "hostile-sql-title.json", "Robert'); DROP TABLE items;-- \" OR 1=1 /* ` \\ %_",
            "hostile-unicode-title.json",
                    "RTL \u202e gnirts \u202c, zero\u200bwidth, emoji \uD83C\uDDFB\uD83C\uDDF3, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            // issue 19: a cell a spreadsheet would run as a formula, characters XML 1.0 forbids, and a
            // title long enough to need a row taller than Excel allows
            "hostile-csv-injection-title.json", "=HYPERLINK(\"http://evil.example\",\"bấm\")",
            "hostile-noncharacter-title.json", "U+FFFE \uFFFE U+FFFF \uFFFF trong tiêu đề",
            "hostile-long-title.json", "Đề án" + " rất dài".repeat(150));

    /** Hostile titles come back exactly as written; decomposed text comes back composed (NFC). */
    private static void keptVerbatim(Path file, Portfolio portfolio) throws IOException {
        String name = file.getFileName().toString();
        Item first = portfolio.items().stream()
                .filter(i -> i.id().equals(ItemId.of("KH-186/1")))
                .findFirst()
                .orElseThrow();
        if (name.startsWith("hostile-")) {
            String expected = HOSTILE_TITLES.get(name);
            assertThat(expected).as("HOSTILE_TITLES lists " + name).isNotNull();
            String raw = Files.readString(file);
            assertThat(raw).as("the file holds the title as listed").contains(jsonEscaped(expected));
            assertThat(first.title()).isEqualTo(expected);
        } else {
            assertThat(first.title()).isEqualTo("Xây dựng Đề án số 1 về đổi mới sáng tạo");
            assertThat(Normalizer.isNormalized(first.title(), Normalizer.Form.NFC))
                    .isTrue();
        }
    }

    /** The ids that become file names in the JSON store come back as written. */
    private static void sameIds(String name, Portfolio read, Portfolio stored) {
        assertThat(stored.id()).as(name).isEqualTo(read.id());
        assertThat(stored.plans().stream().map(p -> p.id().value()).sorted().toList())
                .as(name + ": plan ids")
                .isEqualTo(
                        read.plans().stream().map(p -> p.id().value()).sorted().toList());
        assertThat(stored.reports().stream().map(r -> r.id().value()).toList())
                .as(name + ": report ids")
                .isEqualTo(read.reports().stream().map(r -> r.id().value()).toList());
        assertThat(stored.adjustments().stream().map(a -> a.id().value()).toList())
                .as(name + ": adjustment ids")
                .isEqualTo(read.adjustments().stream().map(a -> a.id().value()).toList());
    }

    private static String jsonEscaped(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static Portfolio jdbcSnapshot() {
        try (var pool = JdbcStores.pool(jdbcUrl, "", "")) {
            return JdbcPortfolioStore.open(pool, base.id()).snapshot();
        }
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    static String treeHash(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : s.sorted().toList()) {
                digest.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    digest.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One in-process run of the command-line tool. */
    record Cli(int code, String out, String err) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CivicPlanCli.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Cli(code, out.toString(), err.toString());
        }

        void assertClean() {
            assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("at org.");
            assertThat(err).as("no exception class names").doesNotContain("Exception");
        }
    }

    static PortfolioId id(String value) {
        return PortfolioId.of(value);
    }
}
