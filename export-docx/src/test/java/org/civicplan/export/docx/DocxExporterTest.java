package org.civicplan.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DocxExporterTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());

    static Map<String, String> export(PortfolioStore store, Lang lang, boolean onePlan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter()
                .export(
                        new ExportRequest(
                                store,
                                onePlan ? Optional.of(TestPortfolios.PLAN) : Optional.empty(),
                                lang,
                                LocalDate.of(2021, 7, 20),
                                Optional.empty()),
                        out);
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each table row as the texts of its cells. */
    static List<List<String>> rows(Document doc) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = doc.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList tcs = ((Element) trs.item(i)).getElementsByTagNameNS(W, "tc");
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < tcs.getLength(); c++) {
                cells.add(text(tcs.item(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text of a node, a {@code <w:br/>} read as a line break (as Word shows it). */
    static String text(org.w3c.dom.Node node) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        if (W.equals(node.getNamespaceURI()) && "br".equals(node.getLocalName())) {
            return "\n";
        }
        StringBuilder out = new StringBuilder();
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            out.append(text(children.item(i)));
        }
        return out.toString();
    }

    static List<String> paragraphsBeforeTheTable(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList body = doc.getElementsByTagNameNS(W, "body").item(0).getChildNodes();
        for (int i = 0; i < body.getLength() && !body.item(i).getLocalName().equals("tbl"); i++) {
            texts.add(body.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void keepsASampleDocumentAsABuildArtefact() throws IOException {
        java.nio.file.Path target =
                java.nio.file.Path.of(System.getProperty("basedir", ".")).resolve("target");
        java.nio.file.Files.createDirectories(target);
        try (var out = java.nio.file.Files.newOutputStream(target.resolve("sample.docx"))) {
            new DocxExporter()
                    .export(
                            new ExportRequest(
                                    store,
                                    Optional.of(TestPortfolios.PLAN),
                                    Lang.VI,
                                    LocalDate.of(2021, 7, 20),
                                    Optional.empty()),
                            out);
        }
        assertThat(target.resolve("sample.docx")).isNotEmptyFile();
    }

    @Test
    void describesItself() {
        DocxExporter exporter = new DocxExporter();
        assertThat(exporter.format()).isEqualTo("docx");
        assertThat(exporter.fileExtension()).isEqualTo("docx");
        assertThat(exporter.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void isAWordPackage() throws IOException {
        Map<String, String> parts = export(store, Lang.VI, true);
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/document.xml",
                        "word/_rels/document.xml.rels",
                        "word/styles.xml",
                        "word/header1.xml");
        assertThat(parts.get("[Content_Types].xml")).contains("wordprocessingml.document.main+xml");
    }

    @Test
    void appendixHeadingAndTableInTheVietnameseLayout() throws Exception {
        Document doc = parse(export(store, Lang.VI, true).get("word/document.xml"));
        assertThat(paragraphsBeforeTheTable(doc))
                .containsSubsequence(
                        "Phụ lục",
                        "DANH MỤC NHIỆM VỤ",
                        "Kế hoạch thực hiện Chương trình số 07-CTr/TU",
                        "(Kèm theo Kế hoạch thực hiện Chương trình số 07-CTr/TU)");
        List<List<String>> rows = rows(doc);
        assertThat(rows.get(0))
                .containsExactly(
                        "STT",
                        "Nhiệm vụ",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Thời gian hoàn thành",
                        "Sản phẩm",
                        "Cấp trình");
        assertThat(rows.get(1)).containsExactly("I", "Hoàn thiện cơ chế, chính sách");
        assertThat(rows.get(2))
                .containsExactly(
                        "1",
                        "Xây dựng Đề án số 1 về đổi mới sáng tạo",
                        "Sở KH&CN",
                        "Sở Tài chính\nSở TT&TT", // one unit per line
                        "Quý IV/2021",
                        "Quyết định phê duyệt Đề án của UBND Thành phố",
                        "UBND Thành phố");
        assertThat(rows.get(3).get(1)).isEqualTo("Tổ chức Techfest Hà Nội hằng năm");
        assertThat(rows.get(5)).containsExactly("II", "Phát triển hạ tầng đổi mới sáng tạo");
        assertThat(rows.get(6).get(6)).isEqualTo("HĐND Thành phố");
        assertThat(rows).hasSize(1 + 2 + 4);
    }

    @Test
    void sectionRowsSpanTheTableAndTheHeaderRowRepeats() throws Exception {
        Document doc = parse(export(store, Lang.VI, true).get("word/document.xml"));
        Element header = (Element) doc.getElementsByTagNameNS(W, "tr").item(0);
        assertThat(header.getElementsByTagNameNS(W, "tblHeader").getLength()).isEqualTo(1);
        Element section = (Element) doc.getElementsByTagNameNS(W, "tr").item(1);
        Element span = (Element) section.getElementsByTagNameNS(W, "gridSpan").item(0);
        assertThat(span.getAttributeNS(W, "val")).isEqualTo("6");
        assertThat(section.getElementsByTagNameNS(W, "b").getLength()).isEqualTo(2);
    }

    @Test
    void pageIsA4LandscapeWithDecree30MarginsAndPageNumbersFromPageTwo() throws Exception {
        Map<String, String> parts = export(store, Lang.VI, true);
        Document doc = parse(parts.get("word/document.xml"));
        Element size = (Element) doc.getElementsByTagNameNS(W, "pgSz").item(0);
        assertThat(size.getAttributeNS(W, "w")).isEqualTo("16838");
        assertThat(size.getAttributeNS(W, "h")).isEqualTo("11906");
        assertThat(size.getAttributeNS(W, "orient")).isEqualTo("landscape");
        Element margins = (Element) doc.getElementsByTagNameNS(W, "pgMar").item(0);
        assertThat(margins.getAttributeNS(W, "top")).isEqualTo("1134");
        assertThat(margins.getAttributeNS(W, "bottom")).isEqualTo("1134");
        assertThat(margins.getAttributeNS(W, "left")).isEqualTo("1701");
        assertThat(margins.getAttributeNS(W, "right")).isEqualTo("851");
        assertThat(doc.getElementsByTagNameNS(W, "titlePg").getLength()).isEqualTo(1);
        assertThat(parts.get("word/header1.xml")).contains(" PAGE ");
        Document styles = parse(parts.get("word/styles.xml"));
        Element fonts = (Element) styles.getElementsByTagNameNS(W, "rFonts").item(0);
        assertThat(fonts.getAttributeNS(W, "ascii")).isEqualTo("Times New Roman");
        assertThat(fonts.getAttributeNS(W, "hAnsi")).isEqualTo("Times New Roman");
        Element size13 = (Element) styles.getElementsByTagNameNS(W, "sz").item(0);
        assertThat(size13.getAttributeNS(W, "val")).isEqualTo("26");
    }

    @Test
    void englishHeaders() throws Exception {
        Document doc = parse(export(store, Lang.EN, true).get("word/document.xml"));
        assertThat(rows(doc).get(0)).startsWith("No.", "Task", "Lead agency");
        assertThat(rows(doc).get(2).get(4)).isEqualTo("Q4 2021");
    }

    @Test
    void markupInTextIsEscaped() throws Exception {
        Portfolio p = TestPortfolios.portfolio();
        String title = "Đề án <b>A</b> & \"B\" </w:t></w:r>";
        Item item = TestPortfolios.item(1).toBuilder().title(title).build();
        Portfolio changed = new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                List.of(item),
                p.indicators(),
                p.measurements(),
                List.of(),
                List.of());
        Document doc =
                parse(export(InMemoryPortfolioStore.of(changed), Lang.VI, true).get("word/document.xml"));
        assertThat(rows(doc).get(2).get(1)).isEqualTo(title);
    }

    @Test
    void theDeadlineCellShowsTheOfficialsWordsWhenKept() throws Exception {
        Portfolio p = TestPortfolios.portfolio();
        // a phrase of the period corpus (P071); the canonical deadline follows its reading
        Item item = TestPortfolios.item(1).toBuilder()
                .deadlineAsWritten(PeriodReader.read("hoàn thành trước ngày 10/12/2023"))
                .build();
        Portfolio changed = new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                List.of(item),
                p.indicators(),
                p.measurements(),
                List.of(),
                List.of());
        for (Lang lang : Lang.values()) {
            Document doc =
                    parse(export(InMemoryPortfolioStore.of(changed), lang, true).get("word/document.xml"));
            assertThat(rows(doc).get(2).get(4)).isEqualTo("hoàn thành trước ngày 10/12/2023");
        }
    }

    @Test
    void everyPlanWhenNoneIsNamed() throws Exception {
        Document doc = parse(export(store, Lang.VI, false).get("word/document.xml"));
        assertThat(doc.getElementsByTagNameNS(W, "tbl").getLength()).isEqualTo(2);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Phụ lục I", "Phụ lục II");
    }
}
