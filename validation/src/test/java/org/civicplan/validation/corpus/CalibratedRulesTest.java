package org.civicplan.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each detection of the calibrated check (issue 17) on a real row of the corpus that triggers it and
 * one that must not, and each false-positive source that was removed on a row that used to trip it.
 * Rows are checked as {@link CorpusEvaluationTest} checks them: one plan per document, the profile
 * from the document's number and symbol or, where none is printed, from its kind.
 */
class CalibratedRulesTest {
    private static CorpusPortfolio corpus;
    private static Map<String, List<String>> codes;
    private static Map<String, List<Finding>> findings;

    @BeforeAll
    static void check() {
        corpus = new CorpusPortfolio(CorpusRow.load());
        codes = new HashMap<>();
        findings = new HashMap<>();
        ClarityCheck check = ClarityCheck.create();
        for (Plan plan : corpus.plans.values()) {
            ClarityReport report = check.check(
                    corpus.portfolio, plan.id(), CorpusEvaluationTest.profile(plan, corpus.kinds.get(plan.id())));
            for (Finding f : report.findings()) {
                codes.computeIfAbsent(f.subject().id(), k -> new java.util.ArrayList<>())
                        .add(f.code());
                findings.computeIfAbsent(f.subject().id(), k -> new java.util.ArrayList<>())
                        .add(f);
            }
        }
    }

    private static List<String> codes(String row) {
        return codes.getOrDefault(row, List.of());
    }

    @Test
    void aSoleLeadLeftOpenIsNoOneButAClosedClassActingEachForItselfIsALead() {
        // "các sở, ngành liên quan" leads alone: nobody can tell which bodies
        assertThat(codes("R0106")).contains("person.lead.collective");
        assertThat(findings.get("R0106"))
                .filteredOn(f -> f.code().equals("person.lead.collective"))
                .singleElement()
                .satisfies(f -> assertThat(f.message(Lang.EN)).contains("\"các sở, ngành liên quan\""));
        // "UBND các huyện, thị xã, thành phố": every district for its own area
        assertThat(codes("R0150")).doesNotContain("person.lead.collective", "person.lead.multiple");
    }

    @Test
    void boilerplateWithNothingOfItsOwnIsATaskDefectAShortSpecificTaskIsNot() {
        assertThat(codes("R0083")).contains("task.content.missing"); // "phối hợp và tổ chức thực hiện"
        assertThat(codes("R0002")).noneMatch(c -> c.startsWith("task.")); // "tổng hợp chung báo cáo"
        assertThat(codes("R0069")).noneMatch(c -> c.startsWith("task.")); // "kiểm tra và báo cáo"
    }

    @Test
    void anExhortationWithoutAnActionIsATaskDefectACampaignWithItsMeansIsNot() {
        assertThat(codes("R0212")).contains("task.content.missing"); // "tăng cường thực hiện các giải pháp …"
        assertThat(codes("R0204"))
                .noneMatch(c -> c.startsWith("task.")); // "đẩy mạnh công tác tuyên truyền … cảnh báo …"
    }

    @Test
    void aLeadDefinedOnlyByAnAssignmentMadeElsewhereIsNoOneTheLettersOwnAddresseesAreALead() {
        // "các đơn vị được giao": who was given the mining duties is said elsewhere, if anywhere
        assertThat(codes("R0286")).contains("person.lead.collective");
        // "các Đơn vị": the departments and districts the letter is sent to, each for itself
        assertThat(codes("R0299")).noneMatch(c -> c.startsWith("person."));
        assertThat(codes("R0308")).noneMatch(c -> c.startsWith("person.")); // "các cơ quan, đơn vị, địa phương"
    }

    @Test
    void aTaskGivenWordForWordToSeveralLeadsAndDividedOnlyByFormulaStatesNoLeadsShare() {
        // the plan gives the police, then the army and the border guard, the same clause "theo chức năng,
        // nhiệm vụ được giao"
        for (String row : List.of("R0164", "R0166")) {
            assertThat(findings.get(row))
                    .filteredOn(f -> f.code().equals("task.content.shared"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message(Lang.EN))
                            .contains("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"))
                    .satisfies(f -> assertThat(f.message(Lang.VI)).contains("chức năng, nhiệm vụ được giao"));
        }
        // the formula once, in a letter's single row: no other lead shares the clause
        assertThat(codes("R0306")).doesNotContain("task.content.shared");
        // another row of the same plan, given once
        assertThat(codes("R0165")).doesNotContain("task.content.shared");
    }

    @Test
    void aSweepOfNamedTargetsIsOneOffAndMustBeReportedAStandingWatchNeedNot() {
        // "chỉ đạo lực lượng quản lý thị trường tập trung kiểm tra các đại lý …, kiên quyết xử lý nghiêm …":
        // no date, no report, no outcome
        assertThat(codes("R0290"))
                .contains("time.deadline.missing", "responsibility.reporting.missing", "product.kind.missing");
        // "thực hiện thanh tra, kiểm tra ngay …để phát hiện, xử lý nghiêm …": at once, and ends in the handling,
        // but nobody reports what was found
        assertThat(codes("R0301"))
                .contains("responsibility.reporting.missing")
                .noneMatch(c -> c.startsWith("time.") || c.startsWith("product."));
        // "kiểm tra, giám sát … ; xử lý nghiêm …": a standing watch
        assertThat(codes("R0302")).isEmpty();
        assertThat(codes("R0286")).noneMatch(c -> c.startsWith("time.") || c.startsWith("responsibility."));
    }

    @Test
    void anInquiryDividedByCompetenceNeedsNoSingleLeadButStillAReport() {
        // three bodies "theo thẩm quyền khẩn trương kiểm tra, làm rõ …" a press report
        assertThat(codes("R0303"))
                .contains("time.deadline.missing", "responsibility.reporting.missing", "product.kind.missing")
                .noneMatch(c -> c.startsWith("person."));
    }

    @Test
    void aRegulationToIssueNeedsItsLevelAProposalToTheIssuerStatesIt() {
        // "chủ trì, nghiên cứu ban hành cơ chế ưu đãi về thuế …": a ministry cannot set tax incentives alone
        assertThat(codes("R0276")).contains("authority.level.missing");
        // "nghiên cứu đề xuất … cơ chế hỗ trợ lãi suất … để ban hành": the Government issues it
        assertThat(codes("R0305")).doesNotContain("authority.level.missing");
        // refining the ministry's own policy work issues nothing
        assertThat(codes("R0313")).doesNotContain("authority.level.missing");
    }

    @Test
    void oneProposalWithTwoLeadsHasNoOneToSubmitItOpinionsEachGivesAreSplit() {
        // "Ngân hàng Nhà nước Việt Nam, Bộ Công thương chủ trì … nghiên cứu đề xuất … cơ chế hỗ trợ lãi suất"
        assertThat(codes("R0305")).contains("person.lead.shared");
        // "Bộ Tài chính, Ngân hàng Nhà nước Việt Nam … có ý kiến về kiến nghị …": each its own opinion
        assertThat(codes("R0050")).noneMatch(c -> c.startsWith("person."));
    }

    @Test
    void aDecisionsBareImplementingClauseCarriesOutTheDecisionALettersBoilerplateDoesNot() {
        // QĐ 715/QĐ-UBND, Điều 2: "Giao Giám đốc Sở … chủ trì, phối hợp … triển khai thực hiện"
        assertThat(codes("R0312")).isEmpty();
        // a letter's "phối hợp và tổ chức thực hiện" says nothing of its own
        assertThat(codes("R0083")).contains("task.content.missing");
    }

    @Test
    void aSurnameAfterOngIsNoSubmission() {
        // "… việc ông Trịnh Xuân Thanh …": "Trịnh" folds like "trình" (submit) but names a man
        assertThat(codes("R0303")).contains("product.kind.missing");
        // "khẩn trương trình nội dung trên": a submission, and its output
        assertThat(codes("R0017")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void aDeadlineBeforeTheDocumentThatSetsItIsImpossible() {
        // letter of 14/11/2023: "hoàn thành trước ngày 21/11/2022"
        assertThat(codes("R0013")).contains("time.deadline.beforeDocument");
        // letter of 21/5/2019: "trước ngày 23/5/2019"
        assertThat(codes("R0001")).noneMatch(c -> c.startsWith("time."));
    }

    @Test
    void aOneOffActNeedsADateAStandingDutyDoesNot() {
        assertThat(codes("R0058")).contains("time.deadline.missing"); // "nghiên cứu, xử lý thông tin Báo Thanh niên …"
        assertThat(codes("R0038")).noneMatch(c -> c.startsWith("time.")); // "làm đầu mối theo dõi, đôn đốc …"
    }

    @Test
    void aOneOffStudyNamesItsOutputAHandledMatterNeedsNone() {
        // "rà soát, phân định rõ trách nhiệm …": no list, regulation or report of the split is asked for
        assertThat(codes("R0037")).contains("product.kind.missing");
        assertThat(codes("R0067"))
                .noneMatch(c -> c.startsWith("product.")); // "kiểm tra thông tin báo nêu, xử lý vi phạm …"
    }

    @Test
    void aPurchaseNeedsFundsAndAQuantityARoutineReportNeedsNeither() {
        // "khẩn trương thực hiện việc mua trang thiết bị … phòng chống dịch"
        assertThat(codes("R0193")).contains("resources.missing", "measurable.missing");
        // a report request in an official letter: no resources, indicators or approval level
        assertThat(codes("R0001")).isEmpty();
    }

    @Test
    void theSameClauseTwiceInOnePlanIsListedWithItsSimilarity() {
        // the provincial plan gives the police and the military the same clause word for word
        assertThat(findings.get("R0166"))
                .filteredOn(f -> f.code().equals("structure.task.repeated"))
                .singleElement()
                .satisfies(f -> assertThat(f.message(Lang.EN)).contains("% alike, in the same plan"));
        // one letter asks three ministries to "chủ trì xử lý, trả lời" each its own petitions: too short to
        // call the same task
        assertThat(codes("R0072")).doesNotContain("structure.task.repeated");
        assertThat(codes("R0073")).doesNotContain("structure.task.repeated");
    }

    @Test
    void severalLeadsAreABroadcastInALetterButTwoLeadsShareADutyInAPlan() {
        assertThat(codes("R0001")).doesNotContain("person.lead.multiple"); // letter to many bodies
        assertThat(codes("R0166")).contains("person.lead.multiple"); // plan: two commands, one clause
    }

    @Test
    void aLegislatureCannotLeadAnExecutiveTaskButMayBeItsAddressee() {
        // the corpus has no row led by a legislature; this item reuses the wording of R0199 (a minister
        // reports to the National Assembly on behalf of the Government) with the Assembly as its lead
        Item real = corpus.items.get("R0199");
        assertThat(codes("R0199")).doesNotContain("responsibility.lead.outsideIssuer");
        UnitCode assembly = UnitCode.of("QH");
        Plan plan = corpus.portfolio.plans().stream()
                .filter(p -> p.id().equals(real.plan()))
                .findFirst()
                .orElseThrow();
        List<OrgUnit> units = new java.util.ArrayList<>(corpus.portfolio.units());
        units.add(OrgUnit.of("QH", "Quốc hội", UnitKind.PEOPLES_COUNCIL));
        units.add(OrgUnit.of("CP", "Chính phủ", UnitKind.PEOPLES_COMMITTEE));
        Plan government = new Plan(
                plan.id(),
                plan.program(),
                plan.parentPlan(),
                UnitCode.of("CP"),
                plan.document(),
                plan.title(),
                plan.issueBy(),
                plan.sections(),
                plan.appendixSections(),
                plan.status(),
                0);
        Item led = real.toBuilder()
                .assignment(new Assignment(
                        List.of(assembly),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        real.assignment().resources()))
                .build();
        Portfolio portfolio = new Portfolio(
                corpus.portfolio.id(),
                corpus.portfolio.name(),
                units,
                List.of(),
                List.of(government),
                List.of(led),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        ClarityReport report = ClarityCheck.create().check(portfolio, government.id(), Profile.INSTRUCTION);
        assertThat(report.findings()).extracting(Finding::code).contains("responsibility.lead.outsideIssuer");
        assertThat(report.profiles()).containsEntry(government.id(), Profile.INSTRUCTION);
    }

    @Test
    void severalNamedBodiesSharingOneOversightDutyAreNoLeadEachAnsweringForItsOwnPartIs() {
        // "Các Bộ: Tài nguyên và Môi trường, Nông nghiệp …" / "theo dõi, chỉ đạo, hướng dẫn"
        assertThat(codes("R0195")).contains("person.lead.shared");
        assertThat(findings.get("R0195"))
                .filteredOn(f -> f.code().equals("person.lead.shared"))
                .singleElement()
                .satisfies(f -> assertThat(f.message(Lang.VI)).contains("Các Bộ: Tài nguyên và Môi trường"));
        // "Các Sở Kế hoạch và Đầu tư, Sở Nội vụ và các đơn vị liên quan" / "hướng dẫn, theo dõi, đôn đốc"
        assertThat(codes("R0120")).contains("person.lead.shared");
        // two ministries each reporting on its own sector: distributive
        assertThat(codes("R0079")).noneMatch(c -> c.startsWith("person."));
        // six bodies each for the petitions within its authority
        assertThat(codes("R0074")).noneMatch(c -> c.startsWith("person."));
        // "UBND các xã, thị trấn" coordinating and carrying out: a closed class, not a shared lead
        assertThat(codes("R0083")).doesNotContain("person.lead.shared");
    }

    @Test
    void onlySupportingAnotherBodysWorkIsATaskAndProductDefect() {
        // "theo chức năng, nhiệm vụ được giao, phối hợp chặt chẽ với UBND quận … trong việc kiểm tra"
        assertThat(codes("R0188")).contains("task.content.missing", "product.kind.missing");
        // "phối hợp chặt chẽ với Sở GD&ĐT chuẩn bị tốt các điều kiện …; bố trí cán bộ …": its own work
        assertThat(codes("R0234")).noneMatch(c -> c.startsWith("task."));
    }

    @Test
    void aDocumentToDrawUpInALetterNeedsADateAStandingDutyDoesNot() {
        // "đôn đốc, tổng hợp danh sách các đơn vị gửi Văn phòng UBND tỉnh": a list, no date
        assertThat(codes("R0082")).contains("time.deadline.missing");
        // "nghiên cứu, tiếp thu ý kiến … để hoàn thiện Dự thảo Chiến lược": the content's "Quy hoạch báo
        // chí đến năm 2020" is a document's name, not a deadline
        assertThat(codes("R0173")).contains("time.deadline.missing");
        // "làm đầu mối theo dõi, đôn đốc, hướng dẫn …": a standing duty
        assertThat(codes("R0038")).noneMatch(c -> c.startsWith("time."));
        // "xây dựng kế hoạch (dự toán kinh phí hằng năm)" in a plan: yearly, and the plan's period bounds it
        assertThat(codes("R0161")).noneMatch(c -> c.startsWith("time."));
    }

    @Test
    void weighingAMatterWithNoOutputIsAProductDefectAdviceOnADecisionIsAnOutput() {
        // "tính toán, cân nhắc kỹ việc lập trạm thu phí": "kỹ" is not "ký" (sign)
        assertThat(codes("R0054")).contains("product.kind.missing");
        // "nghiên cứu, tham mưu triển khai … tại thông báo nêu trên": the notice is the source, not an output
        assertThat(codes("R0192")).contains("product.kind.missing");
        // "nghiên cứu, tham mưu UBND tỉnh giải quyết theo đúng quy định": advice on a decision
        assertThat(codes("R0013")).noneMatch(c -> c.startsWith("product."));
        // "… kỳ đầu (2011 – 2015)" with "gửi báo cáo về Sở … trước ngày 28/5/2015" in its deadline cell
        assertThat(codes("R0107")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void anExhortationToInstitutionaliseTheLinesIsATaskDefect() {
        // "Tiếp tục quán triệt sâu sắc và thể chế hóa các chủ trương, đường lối …"
        assertThat(codes("R0086")).contains("task.content.missing");
        // "thành lập các đoàn thanh tra, kiểm tra các khâu tổ chức kỳ thi": an action
        assertThat(codes("R0237")).noneMatch(c -> c.startsWith("task."));
    }

    @Test
    void aReportOrASubmissionWithNoDateOrCycleIsATimeDefectARecurringReportIsNot() {
        // "theo dõi, đôn đốc …, báo cáo kết quả": the results are due, but when?
        assertThat(codes("R0010")).contains("time.deadline.missing");
        // "… tổng hợp, trình UBND tỉnh phê duyệt": a submission for decision, with no date
        assertThat(codes("R0162")).contains("time.deadline.missing");
        // "báo cáo kết quả …" with "Định kỳ hàng quý": the cycle binds the report
        assertThat(codes("R0187")).doesNotContain("time.deadline.missing");
        // a plan's coordinating role reporting its results relies on the plan's year
        assertThat(codes("R0215")).doesNotContain("time.deadline.missing");
    }

    @Test
    void aOneOffDocumentBoundOnlyByTheReportsCycleHasNoDateACycleOfItsOwnBindsIt() {
        // "xây dựng kế hoạch cụ thể …; định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo": the plan has no date
        assertThat(codes("R0225")).contains("time.deadline.missing");
        // "xây dựng kế hoạch (dự toán kinh phí hàng năm)": the plan itself is yearly
        assertThat(codes("R0161")).doesNotContain("time.deadline.missing");
    }

    @Test
    void aDocumentToDrawUpInADirectiveNeedsADateItsStandingDutiesDoNot() {
        // Chỉ thị 55/2007/CT-UBND: "tiến hành xây dựng và triển khai thực hiện Kế hoạch hành động …"
        assertThat(codes("R0034")).contains("time.deadline.missing");
        // a directive's standing duty: "chủ động nghiên cứu, quán triệt Nghị quyết, xác định rõ những nhiệm vụ …"
        assertThat(codes("R0227")).doesNotContain("time.deadline.missing");
    }

    @Test
    void theFirstVerbMayRunPastTheEighthWordAndACitedDocumentsSubjectIsNoEvent() {
        // "tập trung chỉ đạo việc tham gia ý | kiến": the one-off act is read whole
        assertThat(codes("R0027")).contains("time.deadline.missing");
        // "Sớm triển khai Công văn số 7196/VPCP-KTTH … về … phục vụ Tết …": Tết is the cited letter's subject
        assertThat(codes("R0077")).contains("time.deadline.missing");
        // "… trong dịp tết": the row's own season binds it
        assertThat(codes("R0229")).doesNotContain("time.deadline.missing");
    }

    @Test
    void aOneOffActNamingNoOutputIsAProductDefectHandlingAMatterOrCarryingOutACitedLetterIsNot() {
        // "khẩn trương thực hiện các chỉ đạo …; thống nhất cách gọi các mũi tiêm"
        assertThat(codes("R0130")).contains("product.kind.missing");
        // "tổ chức nhân rộng phù hợp với điều kiện của từng địa phương, đơn vị"
        assertThat(codes("R0169")).contains("product.kind.missing");
        // "trên cơ sở chức năng, nhiệm vụ được phân công khẩn trương xem xét, xử lý các kiến nghị": handling
        assertThat(codes("R0076")).noneMatch(c -> c.startsWith("product."));
        // "Sớm triển khai Công văn số 7196/VPCP-KTTH …": the cited letter fixes the output
        assertThat(codes("R0077")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void theLevelsOfAPlanAreNotAnIssuingAct() {
        // "… đẩy mạnh công tác lập quy hoạch, kế hoạch sử dụng đất các cấp": "các cấp" issues nothing
        assertThat(codes("R0113")).contains("product.kind.missing");
        // "chủ trì xử lý, trả lời": a reply is an output
        assertThat(codes("R0071")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void afterVeComesTheActsSubjectNotItsVerbs() {
        // "chủ trì báo cáo Nghị quyết về bổ sung Kế hoạch …": "bổ sung" is the resolution's subject, the act is a
        // report
        assertThat(codes("R0244")).doesNotContain("time.deadline.missing");
        // "xem xét, giải quyết các đề xuất … tại văn bản nêu trên": the act itself still needs its date
        assertThat(codes("R0053")).contains("time.deadline.missing");
    }

    @Test
    void aReportThatIsTheRowsOwnActIsNotAReportBackAfterWork() {
        // "chủ trì báo cáo kết quả thực hiện Đồ án …" to the council's session
        assertThat(codes("R0245")).doesNotContain("time.deadline.missing");
        // "theo dõi, đôn đốc …, báo cáo kết quả": the report follows the work, and has no date
        assertThat(codes("R0010")).contains("time.deadline.missing");
    }

    @Test
    void studyingADocumentToCarryItOutProducesNothingStudyingItToAdviseDoes() {
        // "nghiên cứu nội dung Nghị quyết số 233/NQ-CP … để chủ động triển khai thực hiện"
        assertThat(codes("R0261")).noneMatch(c -> c.startsWith("product."));
        // "khẩn trương nghiên cứu Chỉ thị số 22 …, tham mưu UBND tỉnh đẩy mạnh …": the advice is not named
        assertThat(codes("R0113")).contains("product.kind.missing");
    }

    @Test
    void anInvestmentDossierNeedsFundsButNoIndicator() {
        // "lập các thủ tục về đầu tư …": an investment with no money named, but done when the dossier is in
        assertThat(codes("R0023")).contains("resources.missing").doesNotContain("measurable.missing");
    }

    @Test
    void adjustingOrRenamingADocumentIsAOneOffActAnAdjustmentAsRequestedAnswersTheRequest() {
        // "điều chỉnh, thay đổi tên Đề án …": no date
        assertThat(codes("R0264")).contains("time.deadline.missing").noneMatch(c -> c.startsWith("product."));
        // "điều chỉnh giấy phép đầu tư … như ý kiến đề nghị của các Bộ": the request sets the timing
        assertThat(codes("R0057")).doesNotContain("time.deadline.missing");
    }

    @Test
    void anUpgradeIsNotAnIssuingActAPurchaseIsItsOwnOutput() {
        // "chỉ đạo việc đầu tư, xây dựng nâng cấp Cảng hàng không …": "nâng cấp" issues nothing
        assertThat(codes("R0055")).contains("product.kind.missing");
        // "khẩn trương thực hiện việc mua trang thiết bị …": the supplies bought
        assertThat(codes("R0193")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void aLettersInquiryIntoARaisedMatterThatAsksNothingBackHasNoReportBackAndNoOutput() {
        // "điều tra, làm rõ những vấn đề báo nêu. Trường hợp có sai phạm phải xử lý nghiêm …": nothing asked back
        assertThat(codes("R0060")).contains("responsibility.reporting.missing", "product.kind.missing");
        // "khẩn trương kiểm tra, làm rõ nội dung báo chí phản ánh …" with "báo cáo Thủ tướng … trước ngày …"
        assertThat(codes("R0062")).noneMatch(c -> c.startsWith("responsibility.") || c.startsWith("product."));
        // "rà soát lại toàn bộ hồ sơ vụ … để xử phạt hành chính và thu hồi …": no report, but the outcome is named
        assertThat(codes("R0124"))
                .contains("responsibility.reporting.missing")
                .noneMatch(c -> c.startsWith("product."));
        // "chỉ đạo kiểm tra, xử lý các công trình xây dựng không phép …": directing the inquiry is the inquiry
        assertThat(codes("R0289")).contains("responsibility.reporting.missing", "product.kind.missing");
        // "chỉ đạo kiểm tra và xử lý việc xây dựng công trình …" with "báo cáo Thủ tướng Chính phủ"
        assertThat(codes("R0068")).doesNotContain("responsibility.reporting.missing");
        // "nghiên cứu, tham mưu UBND tỉnh …": advising the issuer is the report-back
        assertThat(codes("R0013")).doesNotContain("responsibility.reporting.missing");
    }

    @Test
    void theIssuersOwnAnswerInTheApprovalCellIsAPermissionNotATaskToDate() {
        // "Đồng ý về nguyên tắc" on its own line: the ministry founds the institute in its own time
        assertThat(corpus.items.get("R0180").content()).hasValue("Đồng ý về nguyên tắc");
        assertThat(codes("R0180")).doesNotContain("time.deadline.missing");
        // an approval cell naming a level is no answer: "trình Thủ tướng Chính phủ xem xét, quyết định" still wants a
        // date
        assertThat(codes("R0182")).contains("time.deadline.missing");
    }

    @Test
    void ngayAsAtOnceBindsATaskNgayAsADayNeedsItsDate() {
        // "chủ động có giải pháp xử lý ngay, dứt điểm các vướng mắc …": at once
        assertThat(codes("R0263")).doesNotContain("time.deadline.missing");
        // "Sớm triển khai Công văn số 7196/VPCP-KTTH ngày 11 tháng 12 năm 2007 …": "ngày" of a citation binds nothing
        assertThat(codes("R0077")).contains("time.deadline.missing");
    }

    @Test
    void theWorksOfCongTrinhAreNoSubmission() {
        // "xử lý các cơ sở …; các công trình chưa được nghiệm thu …": "công trình" names no output
        assertThat(codes("R0190")).contains("product.kind.missing");
        // "… dự thảo Nghị quyết trình UBND thành phố xem xét, thông qua": a submission
        assertThat(codes("R0243")).noneMatch(c -> c.startsWith("product."));
    }

    @Test
    void urgingUnnamedTasksOrAnUnnumberedDirectionIsAnExhortationCarryingOutANumberedOneIsNot() {
        // "quán triệt, triển khai nghiêm túc, hiệu quả chỉ đạo của Tổng Bí thư Tô Lâm về chống lãng phí"
        assertThat(codes("R0262")).contains("task.content.missing");
        // "quyết liệt triển khai thực hiện nghiêm túc, có hiệu quả các nhiệm vụ nhằm ngăn chặn …"
        assertThat(codes("R0297")).contains("task.content.missing");
        // "tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 16/CT-TTg; …"
        assertThat(codes("R0191")).noneMatch(c -> c.startsWith("task."));
        // "khẩn trương thực hiện các chỉ đạo của Thủ tướng …; thống nhất cách gọi các mũi tiêm": a concrete act follows
        assertThat(codes("R0130")).noneMatch(c -> c.startsWith("task."));
        // "sử dụng đất đai có hiệu quả, thực hiện nghiêm Chỉ thị số 13-CT/TW …" (relabelled clean)
        assertThat(codes("R0198")).noneMatch(c -> c.startsWith("task."));
    }

    @Test
    void anInquiryIntoOneMatterNeedsOneBodyInChargeOpinionsAndCompetencesAreEachBodysOwn() {
        // seven bodies side by side "rà soát lại toàn bộ hồ sơ vụ 'cát tặc' …": nobody leads the joint review
        assertThat(codes("R0124")).contains("person.lead.multiple");
        // five ministries "nghiên cứu giải quyết theo thẩm quyền các kiến nghị …": each within its competence
        assertThat(codes("R0074")).doesNotContain("person.lead.multiple");
    }
}
