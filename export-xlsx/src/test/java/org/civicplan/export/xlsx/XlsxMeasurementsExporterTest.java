package org.civicplan.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.IND_INNOV;
import static org.civicplan.testing.TestPortfolios.IND_PLATFORM;
import static org.civicplan.testing.TestPortfolios.IND_TFP;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxMeasurementsExporterTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 7, 20);

    private static ExportRequest request(PortfolioStore store, Lang lang) {
        return new ExportRequest(store, Optional.empty(), lang, AS_OF, Optional.empty());
    }

    private static byte[] export(XlsxMeasurementsExporter exporter, PortfolioStore store, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(request(store, lang), out);
        return out.toByteArray();
    }

    private static byte[] sample(Lang lang) {
        return export(new XlsxMeasurementsExporter(), InMemoryPortfolioStore.of(TestPortfolios.portfolio()), lang);
    }

    /** Every sheet's rows, read with their number formats. */
    private static List<List<Row>> sheets(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<List<Row>> sheets = new ArrayList<>();
            for (Sheet sheet : wb.getSheets().toList()) {
                sheets.add(sheet.read());
            }
            return sheets;
        }
    }

    private static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    private static Row row(List<Row> rows, String indicator, String period, String unit) {
        return rows.stream()
                .filter(r -> r.getRowNum() > 1
                        && r.getCellText(0).equals(indicator)
                        && r.getCellText(1).equals(period)
                        && r.getCellText(3).equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + "@" + period + "@" + unit));
    }

    @Test
    void describesItself() {
        XlsxMeasurementsExporter exporter = new XlsxMeasurementsExporter();
        assertThat(exporter.format()).isEqualTo("xlsx-measurements");
        assertThat(exporter.fileExtension()).isEqualTo("xlsx");
        assertThat(exporter.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void headerHasTheCsvColumnsThenThePeriodDaysInBothLanguages() throws IOException {
        List<Row> vi = sheets(sample(Lang.VI)).get(0);
        assertThat(XlsxExporterTest.texts(vi.get(0)))
                .containsExactly(
                        "Mã chỉ tiêu",
                        "Kỳ",
                        "Kỳ báo cáo",
                        "Đơn vị báo cáo",
                        "Loại",
                        "Giá trị",
                        "Tử số",
                        "Mẫu số",
                        "Nguồn",
                        "Từ ngày",
                        "Đến ngày");
        assertThat(sheetNames(sample(Lang.VI))).containsExactly("Số liệu");

        byte[] en = sample(Lang.EN);
        assertThat(XlsxExporterTest.texts(sheets(en).get(0).get(0)))
                .containsExactly(
                        "Indicator",
                        "Period",
                        "Period label",
                        "Reported by",
                        "Kind",
                        "Value",
                        "Numerator",
                        "Denominator",
                        "Source",
                        "Period start",
                        "Period end");
        assertThat(sheetNames(en)).containsExactly("Values");
        assertThat(XlsxMeasurementsExporter.header(Lang.EN)).hasSize(11);
    }

    @Test
    void everyValueIsARowWithNumbersAsNumbersAndDaysAsDates() throws IOException {
        List<Row> rows = sheets(sample(Lang.VI)).get(0);
        assertThat(rows).hasSize(1 + TestPortfolios.measurements().size());

        Row ratio = row(rows, IND_TFP.value(), "2021-H1", SKHCN.value());
        assertThat(ratio.getCellText(2)).isEqualTo(Period.firstHalf(2021).format(Lang.VI));
        assertThat(ratio.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(ratio.getCellAsNumber(5)).contains(new BigDecimal("41"));
        assertThat(ratio.getCellAsNumber(6)).contains(new BigDecimal("41"));
        assertThat(ratio.getCellAsNumber(7)).contains(new BigDecimal("100"));
        assertThat(ratio.getCell(5).getDataFormatString()).isEqualTo("#,##0");
        assertThat(ratio.getCellText(8)).isEqualTo("Báo cáo 6 tháng");
        assertThat(ratio.getCellAsDate(9)).contains(LocalDateTime.of(2021, 1, 1, 0, 0));
        assertThat(ratio.getCellAsDate(10)).contains(LocalDateTime.of(2021, 6, 30, 0, 0));
        assertThat(ratio.getCell(9).getDataFormatString()).isEqualTo("dd/mm/yyyy");

        // 86 / 200 = 43 %
        Row second = row(rows, IND_TFP.value(), "2021-H2", SKHCN.value());
        assertThat(second.getCellAsNumber(5)).contains(new BigDecimal("43"));
        assertThat(second.getCellAsNumber(7)).contains(new BigDecimal("200"));
        assertThat(second.getOptionalCell(8).map(c -> c.getText()).orElse("")).isEmpty();

        Row count = row(rows, IND_INNOV.value(), "2021-H1", QCG.value());
        assertThat(count.getCellAsNumber(5)).contains(new BigDecimal("15"));
        assertThat(count.getOptionalCell(6).map(c -> c.getType()).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
        assertThat(count.getCellText(4)).isEqualTo(MeasuredValue.count(1).kind().label(Lang.VI));

        Row milestone = row(rows, IND_PLATFORM.value(), "2021", SKHCN.value());
        assertThat(milestone.getCellAsNumber(5)).contains(BigDecimal.ZERO);
        assertThat(milestone.getCellAsDate(10)).contains(LocalDateTime.of(2021, 12, 31, 0, 0));
    }

    @Test
    void fractionsKeepTheirDecimals() throws IOException {
        InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        store.measurements()
                .record(new Measurement(
                        IND_TFP,
                        Period.year(2022),
                        SKHCN,
                        new MeasuredValue.Ratio(new BigDecimal("1"), new BigDecimal("8")),
                        Optional.empty()));
        Row row = row(
                sheets(export(new XlsxMeasurementsExporter(), store, Lang.EN)).get(0), "CT07-01", "2022", "SKHCN");
        assertThat(row.getCellAsNumber(5)).contains(new BigDecimal("12.5"));
        assertThat(row.getCell(5).getDataFormatString()).isEqualTo("#,##0.0###");
    }

    @Test
    void headerRowIsFrozen() throws IOException {
        String xml = XlsxExporterTest.zipEntry(sample(Lang.VI), "xl/worksheets/sheet1.xml");
        assertThat(xml).contains("ySplit=\"1\"").contains("state=\"frozen\"");
    }

    @Test
    void aFullSheetContinuesOnANewSheetWithTheSameHeader() throws IOException {
        // 3 rows per sheet: the header and two values
        byte[] xlsx =
                export(new XlsxMeasurementsExporter(3), InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI);
        assertThat(sheetNames(xlsx)).containsExactly("Số liệu", "Số liệu (2)", "Số liệu (3)");
        List<List<Row>> sheets = sheets(xlsx);
        assertThat(sheets).extracting(List::size).containsExactly(3, 3, 2);
        List<String> keys = new ArrayList<>();
        for (List<Row> rows : sheets) {
            assertThat(XlsxExporterTest.texts(rows.get(0))).isEqualTo(XlsxMeasurementsExporter.header(Lang.VI));
            rows.stream()
                    .skip(1)
                    .forEach(r -> keys.add(r.getCellText(0) + "@" + r.getCellText(1) + "@" + r.getCellText(3)));
        }
        List<String> expected = new ArrayList<>();
        InMemoryPortfolioStore.of(TestPortfolios.portfolio()).measurements().forEach(m -> expected.add(m.key()));
        assertThat(keys).isEqualTo(expected);
    }

    @Test
    void exactlyFullSheetsOpenNoEmptySheet() throws IOException {
        // five values, five rows per sheet with the header: four, then one
        byte[] xlsx =
                export(new XlsxMeasurementsExporter(5), InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI);
        assertThat(sheets(xlsx)).extracting(List::size).containsExactly(5, 2);
        byte[] exact =
                export(new XlsxMeasurementsExporter(6), InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI);
        assertThat(sheets(exact)).extracting(List::size).containsExactly(6);
    }

    @Test
    void noValuesGiveTheHeaderAlone() throws IOException {
        byte[] xlsx = export(new XlsxMeasurementsExporter(), new InMemoryPortfolioStore(TestPortfolios.HANOI), Lang.VI);
        List<List<Row>> sheets = sheets(xlsx);
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0)).hasSize(1);
    }

    @Test
    void rowsReachTheOutputWhileTheStoreIsStillStreaming() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> bytesSeen = new ArrayList<>();
        int values = 20_000;
        PortfolioStore store = streaming(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), consumer -> {
            for (int n = 0; n < values; n++) {
                consumer.accept(new Measurement(
                        IndicatorCode.of("CT07-" + (n % 7)),
                        Period.year(2000 + n % 20),
                        UnitCode.of("U" + n),
                        MeasuredValue.count(n),
                        Optional.of("Nguồn riêng số " + n)));
                if (n == values / 2) {
                    bytesSeen.add(out.size());
                }
            }
        });
        new XlsxMeasurementsExporter(12_001).export(request(store, Lang.VI), out);

        // halfway through, still on the first sheet, thousands of rows were already compressed into the output
        assertThat(bytesSeen).singleElement().satisfies(b -> assertThat(b).isGreaterThan(20_000));
        List<List<Row>> sheets = sheets(out.toByteArray());
        assertThat(sheets).extracting(List::size).containsExactly(12_001, 8_001);
        Row last = sheets.get(1).get(8_000);
        assertThat(last.getCellAsNumber(5)).contains(new BigDecimal(values - 1));
        assertThat(last.getCellText(8)).isEqualTo("Nguồn riêng số " + (values - 1));
    }

    @Test
    void aStoreThatFailsToReadIsNotReportedAsAFailedSpreadsheet() {
        java.io.UncheckedIOException unreadable =
                new java.io.UncheckedIOException(new IOException("measurements.json: disk error"));
        PortfolioStore store = streaming(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), consumer -> {
            throw unreadable;
        });

        assertThatThrownBy(() ->
                        new XlsxMeasurementsExporter().export(request(store, Lang.VI), new ByteArrayOutputStream()))
                .isSameAs(unreadable);
    }

    @Test
    void refusesASheetLimitExcelCannotOpen() {
        assertThatThrownBy(() -> new XlsxMeasurementsExporter(1_048_577)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XlsxMeasurementsExporter(1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The store with its measurements replaced by a generator that never holds them. */
    private static PortfolioStore streaming(PortfolioStore rest, Consumer<Consumer<Measurement>> values) {
        MeasurementRepository measurements = new MeasurementRepository() {
            @Override
            public void record(Measurement measurement) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void recordAll(Iterable<Measurement> all) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Measurement> byIndicator(IndicatorCode indicator) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void forEach(Consumer<Measurement> consumer) {
                values.accept(consumer);
            }

            @Override
            public long count() {
                throw new UnsupportedOperationException();
            }
        };
        return (PortfolioStore) Proxy.newProxyInstance(
                PortfolioStore.class.getClassLoader(), new Class<?>[] {PortfolioStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("measurements")) {
                        return measurements;
                    }
                    try {
                        return method.invoke(rest, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
