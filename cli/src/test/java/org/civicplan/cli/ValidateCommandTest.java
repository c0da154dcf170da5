package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Program;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void sampleHasFindingsAndTheTextNamesItem27sMissingLead() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("validate", file.toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(r.out())
                .contains("Nhiệm vụ 27 — ")
                .contains("Chưa có đơn vị chủ trì")
                .contains("items[27].assignment.leadUnits; person.lead.missing")
                .contains("Chưa sẵn sàng cho bước");
        assertThat(r.all()).doesNotContain("\tat ");
    }

    @Test
    void englishOnRequest() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("validate", file.toString(), "--lang", "en");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(r.out()).contains("Item 27 — ").contains("No lead unit").contains("Not ready for Submission");
    }

    @Test
    void draftStageOnlyBlocksOnDraftErrors() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));
        boolean readyForDraft = ClarityCheck.create()
                .check(Program07Sample.portfolio())
                .readyFor(org.civicplan.core.constraints.Stage.DRAFT);

        Cli r = Cli.run("validate", file.toString(), "--stage", "draft");

        // some of the sample's problems (e.g. the dependency cycle 31 → 32 → 31) block even a draft
        assertThat(readyForDraft).isFalse();
        assertThat(ClarityCheck.create()
                        .check(Program07Sample.portfolio())
                        .blocking(org.civicplan.core.constraints.Stage.DRAFT))
                .extracting(Finding::code)
                .contains("structure.dependency.cycle");
        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(r.out()).contains("Chưa sẵn sàng cho bước \"Dự thảo\"");
        // the Vietnamese code of the stage is accepted too
        assertThat(Cli.run("validate", file.toString(), "--stage", "du-thao").code())
                .isEqualTo(r.code());
    }

    @Test
    void jsonFormatIsJson() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("validate", file.toString(), "--format", "json");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isObject()).isTrue();
        assertThat(r.out()).contains("person.lead.missing");
    }

    @Test
    void cleanPortfolioExitsZero() throws Exception {
        Path file = Cli.write(clean(Program07Sample.portfolio()), dir.resolve("clean.json"));

        Cli r = Cli.run("validate", file.toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.OK);
        assertThat(r.out()).contains("Sẵn sàng cho bước");
    }

    @Test
    void onePlanOnly() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));
        boolean ready = ClarityCheck.create()
                .check(Program07Sample.portfolio(), Program07Sample.SKHCN_PLAN)
                .readyFor(org.civicplan.core.constraints.Stage.SUBMISSION);

        Cli r = Cli.run("validate", file.toString(), "--plan", Program07Sample.SKHCN_PLAN.value(), "--lang", "en");

        assertThat(r.code()).as(r::toString).isEqualTo(ready ? CivicPlanCli.OK : CivicPlanCli.FINDINGS);
        assertThat(r.out()).contains("[KH-SKHCN-07]").doesNotContain("[KH-UBND-07]");
    }

    @Test
    void unknownPlanIsAnError() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("validate", file.toString(), "--plan", "KH-NONE");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("KH-NONE").contains("KH-SKHCN-07").doesNotContain("\tat ");
    }

    @Test
    void truncatedFileNamesFileLineAndColumn() throws Exception {
        Path whole = Cli.writeSample(dir.resolve("whole.json"));
        String text = Files.readString(whole, StandardCharsets.UTF_8);
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);

        Cli r = Cli.run("validate", truncated.toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).containsPattern("truncated\\.json:\\d+:\\d+");
        assertThat(r.all()).doesNotContain("\tat ");
    }

    @Test
    void missingFileIsAnError() {
        Cli r = Cli.run("validate", dir.resolve("none.json").toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("none.json").startsWith("civicplan: lỗi: ");
        assertThat(r.all()).doesNotContain("\tat ");
    }

    @Test
    void unknownStageIsAnError() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("validate", file.toString(), "--stage", "someday");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("someday");
    }

    /**
     * The sample without its deliberately unclear parts: drop every item and indicator with a
     * finding, then whatever referred to them, until the check finds nothing. Reports and
     * adjustments are not needed for the check and are dropped.
     */
    static Portfolio clean(Portfolio p) {
        ClarityCheck check = ClarityCheck.create();
        for (int round = 0; round < 10; round++) {
            List<Finding> findings = check.check(p).findings();
            if (findings.isEmpty()) {
                return p;
            }
            Set<String> items = ids(findings, Subject.Kind.ITEM);
            Set<String> indicators = ids(findings, Subject.Kind.INDICATOR);
            // a unit that leads items of the issued plan without a plan of its own: drop its items
            Set<String> units = ids(findings, Subject.Kind.UNIT);
            p.items().stream()
                    .filter(i -> i.assignment().leadUnits().stream().anyMatch(u -> units.contains(u.value())))
                    .forEach(i -> items.add(i.id().value()));
            Program program = p.programs().get(0);
            Program kept = new Program(
                    program.id(),
                    program.document(),
                    program.title(),
                    program.issuer(),
                    program.term(),
                    program.period(),
                    program.viewpoints(),
                    program.goals(),
                    program.indicators().stream()
                            .filter(c -> !indicators.contains(c.value()))
                            .toList(),
                    program.sections(),
                    program.steeringCommittee(),
                    program.version());
            p = new Portfolio(
                    p.id(),
                    p.name(),
                    p.units(),
                    List.of(kept),
                    p.plans(),
                    p.items().stream()
                            .filter(i -> !items.contains(i.id().value()))
                            .toList(),
                    p.indicators().stream()
                            .filter(i -> !indicators.contains(i.code().value()))
                            .toList(),
                    p.measurements().stream()
                            .filter(m -> !indicators.contains(m.indicator().value()))
                            .toList(),
                    List.of(),
                    List.of());
        }
        throw new AssertionError("still unclear: " + check.check(p).findings());
    }

    private static Set<String> ids(List<Finding> findings, Subject.Kind kind) {
        return findings.stream()
                .map(Finding::subject)
                .filter(s -> s.kind() == kind)
                .map(Subject::id)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
