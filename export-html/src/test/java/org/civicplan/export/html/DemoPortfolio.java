package org.civicplan.export.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;

/** The test portfolio grown to a dozen items in every state, with reports for 2023-H1: for the screenshot. */
final class DemoPortfolio {
    static final LocalDate AS_OF = LocalDate.of(2023, 7, 20);
    static final Period PERIOD = Period.firstHalf(2023);

    private DemoPortfolio() {}

    static Portfolio portfolio() {
        Portfolio base = TestPortfolios.portfolio();
        List<Item> items = new ArrayList<>();
        for (Item item : base.items()) {
            // the stored status follows the latest approved report
            if (item.number() == 1) {
                item = item.toBuilder()
                        .status(ItemStatus.DONE)
                        .completedOn(LocalDate.of(2022, 3, 1))
                        .build();
            } else if (item.number() == 2) {
                item = item.toBuilder().status(ItemStatus.IN_PROGRESS).build();
            }
            items.add(item);
        }
        items.add(item(
                5,
                "Xây dựng Nền tảng số dùng chung hỗ trợ đổi mới sáng tạo",
                TestPortfolios.STTTT,
                Period.quarter(2022, 2),
                ItemStatus.DONE,
                LocalDate.of(2022, 5, 30),
                2));
        items.add(item(
                6,
                "Ban hành cơ chế hỗ trợ doanh nghiệp khởi nghiệp sáng tạo",
                TestPortfolios.SKHCN,
                Period.quarter(2022, 3),
                ItemStatus.DONE,
                LocalDate.of(2022, 11, 15),
                1));
        items.add(item(
                7,
                "Thành lập Quỹ đầu tư mạo hiểm của Thành phố",
                TestPortfolios.STC,
                Period.year(2023),
                ItemStatus.IN_PROGRESS,
                null,
                1));
        items.add(item(
                8,
                "Đào tạo 2.000 cán bộ, công chức về chuyển đổi số",
                TestPortfolios.STTTT,
                Period.year(2024),
                ItemStatus.IN_PROGRESS,
                null,
                2));
        items.add(item(
                9,
                "Phát triển Khu công nghệ cao sinh học Hà Nội",
                TestPortfolios.QCG,
                Period.year(2025),
                ItemStatus.NOT_STARTED,
                null,
                2));
        items.add(item(
                10,
                "Xây dựng cơ sở dữ liệu chuyên gia khoa học và công nghệ",
                TestPortfolios.SKHCN,
                Period.quarter(2022, 4),
                ItemStatus.IN_PROGRESS,
                null,
                2));
        items.add(item(
                11,
                "Tổ chức Giải thưởng Sáng tạo Thủ đô",
                TestPortfolios.STTTT,
                Period.year(2024),
                ItemStatus.SUSPENDED,
                null,
                1));
        items.add(item(
                12,
                "Đánh giá chỉ số đổi mới sáng tạo cấp địa phương (PII)",
                TestPortfolios.SKHCN,
                Period.quarter(2023, 4),
                ItemStatus.NOT_STARTED,
                null,
                1));

        List<ProgressReport> reports = new ArrayList<>(base.reports());
        reports.add(report(
                "BC-SKHCN-2023-H1",
                TestPortfolios.SKHCN,
                ReportStatus.SUBMITTED,
                List.of(
                        progress(1, ItemStatus.DONE, 100, LocalDate.of(2022, 3, 1)),
                        progress(2, ItemStatus.IN_PROGRESS, 35, null),
                        progress(4, ItemStatus.DONE, 100, LocalDate.of(2021, 8, 2)),
                        progress(6, ItemStatus.DONE, 100, LocalDate.of(2022, 11, 15)),
                        progress(10, ItemStatus.IN_PROGRESS, 70, null),
                        progress(12, ItemStatus.NOT_STARTED, 0, null))));
        reports.add(report(
                "BC-STTTT-2023-H1",
                TestPortfolios.STTTT,
                ReportStatus.APPROVED,
                List.of(
                        progress(5, ItemStatus.DONE, 100, LocalDate.of(2022, 5, 30)),
                        progress(8, ItemStatus.IN_PROGRESS, 50, null),
                        progress(11, ItemStatus.SUSPENDED, 20, null))));
        reports.add(report(
                "BC-STC-2023-H1",
                TestPortfolios.STC,
                ReportStatus.SUBMITTED,
                List.of(progress(7, ItemStatus.IN_PROGRESS, 60, null))));

        List<Measurement> measurements = new ArrayList<>(base.measurements());
        measurements.add(new Measurement(
                TestPortfolios.IND_TFP,
                PERIOD,
                TestPortfolios.SKHCN,
                new MeasuredValue.Ratio(new BigDecimal("47"), new BigDecimal("100")),
                Optional.empty()));
        measurements.add(new Measurement(
                TestPortfolios.IND_INNOV, PERIOD, TestPortfolios.SKHCN, MeasuredValue.count(38), Optional.empty()));
        measurements.add(new Measurement(
                TestPortfolios.IND_INNOV, PERIOD, TestPortfolios.QCG, MeasuredValue.count(6), Optional.empty()));
        return new Portfolio(
                base.id(),
                base.name(),
                base.units(),
                base.programs(),
                base.plans(),
                items,
                base.indicators(),
                measurements,
                reports,
                base.adjustments());
    }

    private static Item item(
            int number,
            String title,
            UnitCode lead,
            Period deadline,
            ItemStatus status,
            LocalDate completed,
            int section) {
        return TestPortfolios.item(number).toBuilder()
                .kind(number % 3 == 0 ? ItemKind.PROJECT : ItemKind.TASK)
                .title(title)
                .section(section)
                .start(LocalDate.of(2021, 9, 1).plusMonths(number * 2L))
                .deadline(deadline)
                .status(status)
                .completedOn(completed)
                .assignment(Assignment.lead(
                        lead,
                        List.of(TestPortfolios.SKHCN).contains(lead)
                                ? List.of(TestPortfolios.STC)
                                : List.of(TestPortfolios.SKHCN),
                        Official.post("Giám đốc", lead),
                        Resources.of(new FundingLine(FundingSource.CITY_BUDGET, 2023, Vnd.of(500_000_000L * number)))))
                .build();
    }

    private static ItemProgress progress(int number, ItemStatus status, int percent, LocalDate completed) {
        return new ItemProgress(
                ItemId.of("KH-186/" + number),
                status,
                percent,
                Optional.ofNullable(completed),
                Optional.empty(),
                List.of());
    }

    private static ProgressReport report(String id, UnitCode unit, ReportStatus status, List<ItemProgress> lines) {
        return new ProgressReport(
                ReportId.of(id),
                TestPortfolios.PROGRAM,
                unit,
                PERIOD,
                status,
                lines,
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
    }
}
