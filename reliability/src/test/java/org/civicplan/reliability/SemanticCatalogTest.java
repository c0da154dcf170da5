package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civicplan.storage.json.PortfolioJson;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog files that parse but carry a defect for the clarity check. Each is {@code
 * accept-clean.json} (a portfolio the check finds nothing in) with one defect, so each file's
 * findings are exactly the ones its defect causes: rule and place are checked, through the API and
 * through {@code civicplan validate} (exit 1, rule code and place printed). {@code gap-*} files
 * carry a defect the check has no rule for (yet): they are pinned as finding nothing, so that a rule
 * added for them shows here (then rename the file {@code semantic-} and list its finding below).
 */
class SemanticCatalogTest {
    static final String BASE = "accept-clean.json";

    /** A finding as the report names it: rule and place (the report's path). */
    record Expected(Rule rule, String path) {}

    /** Each semantic file: the JSON pointers where it differs from the base, and its findings. */
    record Defect(Set<String> changed, Set<Expected> findings) {}

    static final Map<String, Defect> SEMANTIC = Map.of(
            "semantic-graph-circular-dependency.json",
            new Defect(
                    Set.of("/items/0/prerequisites"),
                    Set.of(
                            new Expected(Rule.STRUCTURE_CYCLE, "items[1].prerequisites"),
                            // the cycle's other edge: item 2 (due 2023) is item 1's (due 2021) prerequisite
                            new Expected(Rule.TIME_PREREQUISITE_LATER, "items[1].prerequisites[0]"))),
            "semantic-money-absurd.json",
            new Defect(
                    Set.of("/items/0/assignment/resources/funding/0/amount"),
                    Set.of(new Expected(
                            Rule.RESOURCES_AMOUNT_ABSURD, "items[1].assignment.resources.funding[0].amount"))),
            "semantic-ref-unknown-lead-unit.json",
            new Defect(
                    Set.of("/items/0/assignment/leadUnits/0"),
                    Set.of(new Expected(Rule.PERSON_LEAD_UNKNOWN, "items[1].assignment.leadUnits[0]"))),
            "semantic-ref-unknown-prerequisite.json",
            new Defect(
                    Set.of("/items/1/prerequisites/0"),
                    Set.of(new Expected(Rule.TIME_PREREQUISITE_UNKNOWN, "items[2].prerequisites[0]"))));

    /** Defects the clarity check does not find: a plan issuer not in the directory, NUL/BEL in a title. */
    static final Map<String, Set<String>> GAPS = Map.of(
            "gap-plan-issuer-unknown.json", Set.of("/plans/0/issuer"),
            "gap-text-control-char-escaped.json", Set.of("/items/0/title"));

    static Path file(String name) throws Exception {
        return BadInputCatalogTest.catalog().resolve(name);
    }

    static List<Finding> findings(String name) throws Exception {
        return ClarityCheck.create()
                .check(PortfolioJson.create().read(file(name)))
                .findings();
    }

    @Test
    void theBaseHasNoFindings() throws Exception {
        assertThat(findings(BASE)).isEmpty();
        BadInputCatalogTest.Cli validate =
                BadInputCatalogTest.Cli.run("validate", file(BASE).toString());
        validate.assertClean();
        assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void everySemanticAndGapFileIsListed() throws Exception {
        try (Stream<Path> s = Files.list(BadInputCatalogTest.catalog())) {
            Set<String> names = new TreeSet<>();
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("semantic-") || n.startsWith("gap-"))
                    .forEach(names::add);
            Set<String> listed = new TreeSet<>(SEMANTIC.keySet());
            listed.addAll(GAPS.keySet());
            assertThat(names).isEqualTo(listed);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachSemanticFileHasItsDefectsFinding() {
        return SEMANTIC.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    String name = e.getKey();
                    Defect defect = e.getValue();
                    assertThat(changedPointers(name))
                            .as(name + ": differs from the base only by its defect")
                            .isEqualTo(defect.changed());
                    List<Finding> found = findings(name);
                    assertThat(found.stream()
                                    .map(f -> new Expected(f.rule(), f.path()))
                                    .toList())
                            .as(name + ": its findings, rule and place")
                            .containsExactlyInAnyOrderElementsOf(defect.findings());
                    BadInputCatalogTest.Cli validate = BadInputCatalogTest.Cli.run(
                            "validate", "--lang", "en", file(name).toString());
                    validate.assertClean();
                    assertThat(validate.code())
                            .as(name + " validate: " + validate.out())
                            .isEqualTo(1);
                    for (Finding f : found) {
                        assertThat(validate.out())
                                .as(name + ": validate prints the rule and the place")
                                .contains(f.code())
                                .contains(f.path());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachGapFileFindsNothingYet() {
        return GAPS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    String name = e.getKey();
                    assertThat(changedPointers(name)).isEqualTo(e.getValue());
                    assertThat(findings(name))
                            .as(name + ": a rule now finds this defect; rename the file semantic- and list it")
                            .isEmpty();
                    BadInputCatalogTest.Cli validate =
                            BadInputCatalogTest.Cli.run("validate", file(name).toString());
                    assertThat(validate.code())
                            .as(name + " validate: " + validate.out())
                            .isZero();
                }));
    }

    /** JSON pointers where {@code name} differs from the base (an array of another length: the array). */
    static Set<String> changedPointers(String name) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode base = mapper.readTree(strip(Files.readString(file(BASE))));
        JsonNode other = mapper.readTree(strip(Files.readString(file(name))));
        List<String> out = new ArrayList<>();
        diff("", base, other, out);
        return new TreeSet<>(out);
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String n : names) {
                JsonNode x = a.get(n);
                JsonNode y = b.get(n);
                if (x == null || y == null) {
                    out.add(at + "/" + n);
                } else {
                    diff(at + "/" + n, x, y, out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> x = a.iterator();
            Iterator<JsonNode> y = b.iterator();
            for (int i = 0; x.hasNext(); i++) {
                diff(at + "/" + i, x.next(), y.next(), out);
            }
        } else if (!a.equals(b)) {
            out.add(at);
        }
    }
}
