package org.civicplan.core.docref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentRefTest {

    private static DocumentRef party(String number, String type, String issuer) {
        return new DocumentRef(
                number,
                Optional.empty(),
                Optional.of(type),
                issuer,
                Optional.empty(),
                NumberingScope.PARTY_TERM,
                Optional.empty());
    }

    private static DocumentRef typed(String number, String type, String issuer) {
        return new DocumentRef(
                number,
                Optional.empty(),
                Optional.of(type),
                issuer,
                Optional.empty(),
                NumberingScope.CALENDAR_YEAR,
                Optional.empty());
    }

    private static DocumentRef legal(String number, int year, String type, String issuer) {
        return new DocumentRef(
                number,
                Optional.of(year),
                Optional.of(type),
                issuer,
                Optional.empty(),
                NumberingScope.CALENDAR_YEAR,
                Optional.empty());
    }

    private static DocumentRef letter(String number, String issuer, String unit) {
        return new DocumentRef(
                number,
                Optional.empty(),
                Optional.empty(),
                issuer,
                Optional.ofNullable(unit),
                NumberingScope.CALENDAR_YEAR,
                Optional.empty());
    }

    static Stream<Arguments> accepted() {
        LocalDate jul26 = LocalDate.of(2021, 7, 26);
        LocalDate apr7 = LocalDate.of(2021, 4, 7);
        return Stream.of(
                // the three references in the briefing
                Arguments.of("07-CTr/TU", party("07", "CTr", "TU")),
                Arguments.of(
                        "3013/VP KGVX ngày 7/4/2021",
                        letter("3013", "VP", "KGVX").withDate(apr7)),
                Arguments.of("186/KH-UBND", typed("186", "KH", "UBND")),
                // party form
                Arguments.of("15-NQ/TW", party("15", "NQ", "TW")),
                Arguments.of("01-QĐ/TU", party("01", "QĐ", "TU")),
                Arguments.of("29-KL/TW", party("29", "KL", "TW")),
                Arguments.of("05-CT/TW", party("05", "CT", "TW")),
                Arguments.of("36-HD/VPTW", party("36", "HD", "VPTW")),
                Arguments.of("123-CV/TU", party("123", "CV", "TU")),
                Arguments.of("07-CTR/TU", party("07", "CTr", "TU")),
                Arguments.of("07 - CTr / TU", party("07", "CTr", "TU")),
                Arguments.of("  07-CTr/TU  ", party("07", "CTr", "TU")),
                Arguments.of("12-NQ/ĐU", party("12", "NQ", "ĐU")),
                // state, typed
                Arguments.of("1234/QĐ-UBND", typed("1234", "QĐ", "UBND")),
                Arguments.of("5/CT-UBND", typed("5", "CT", "UBND")),
                Arguments.of("62/TTr-SKHCN", typed("62", "TTr", "SKHCN")),
                Arguments.of("62/TTR-SKHCN", typed("62", "TTr", "SKHCN")),
                Arguments.of("10/QyĐ-UBND", typed("10", "QyĐ", "UBND")),
                Arguments.of("45/ĐA-UBND", typed("45", "ĐA", "UBND")),
                Arguments.of("45/DA-SKHCN", typed("45", "DA", "SKHCN")),
                Arguments.of("99/BC-BCĐ", typed("99", "BC", "BCĐ")),
                Arguments.of("3/TB-VP", typed("3", "TB", "VP")),
                Arguments.of("8/GM-UBND", typed("8", "GM", "UBND")),
                Arguments.of("2/BB-HĐND", typed("2", "BB", "HĐND")),
                Arguments.of("17/PA-UBND", typed("17", "PA", "UBND")),
                Arguments.of("186 / KH - UBND", typed("186", "KH", "UBND")),
                Arguments.of("Số: 186/KH-UBND", typed("186", "KH", "UBND")),
                Arguments.of(
                        "186/KH-UBND ngày 26/7/2021", typed("186", "KH", "UBND").withDate(jul26)),
                Arguments.of(
                        "186/KH-UBND ngày 26/07/2021",
                        typed("186", "KH", "UBND").withDate(jul26)),
                Arguments.of(
                        "186/KH-UBND, ngày 26-7-2021",
                        typed("186", "KH", "UBND").withDate(jul26)),
                Arguments.of(
                        "186/KH-UBND ngày 26 tháng 7 năm 2021",
                        typed("186", "KH", "UBND").withDate(jul26)),
                Arguments.of(
                        "186/KH-UBND ngay 26 thang 7 nam 2021",
                        typed("186", "KH", "UBND").withDate(jul26)),
                // legal documents with year
                Arguments.of("30/2020/NĐ-CP", legal("30", 2020, "NĐ", "CP")),
                Arguments.of("01/2021/NQ-HĐND", legal("01", 2021, "NQ", "HĐND")),
                Arguments.of("03/2016/TT-BKHCN", legal("03", 2016, "TT", "BKHCN")),
                Arguments.of(
                        "30/2020/NĐ-CP ngày 5/3/2020",
                        legal("30", 2020, "NĐ", "CP").withDate(LocalDate.of(2020, 3, 5))),
                // official letters
                Arguments.of("3013/VP-KGVX", letter("3013", "VP", "KGVX")),
                Arguments.of("3013/UBND-KGVX", letter("3013", "UBND", "KGVX")),
                Arguments.of("3013/VP KGVX", letter("3013", "VP", "KGVX")),
                Arguments.of(
                        "3013/VP KGVX ngày 07/04/2021",
                        letter("3013", "VP", "KGVX").withDate(apr7)),
                Arguments.of("120/UBND-KH", letter("120", "UBND", "KH")),
                Arguments.of("77/SKHCN-QLCN", letter("77", "SKHCN", "QLCN")),
                Arguments.of("12/VP&TT-HC", letter("12", "VP&TT", "HC")),
                Arguments.of("15/UBND", letter("15", "UBND", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parsesAccepted(String text, DocumentRef expected) {
        assertThat(DocumentRef.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parsesDecomposedInput(String text, DocumentRef expected) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(DocumentRef.parse(nfd)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void symbolParsesBackWithoutDate(String text, DocumentRef expected) {
        DocumentRef parsed = DocumentRef.parse(text);
        DocumentRef withoutDate = new DocumentRef(
                parsed.number(),
                parsed.year(),
                parsed.typeCode(),
                parsed.issuer(),
                parsed.draftingUnit(),
                parsed.scope(),
                Optional.empty());
        assertThat(DocumentRef.parse(parsed.symbol())).isEqualTo(withoutDate);
    }

    @Test
    void canonicalSymbols() {
        assertThat(DocumentRef.parse("07 - CTR / TU").symbol()).isEqualTo("07-CTr/TU");
        assertThat(DocumentRef.parse("186 / KH-UBND ngày 26/7/2021").symbol()).isEqualTo("186/KH-UBND");
        assertThat(DocumentRef.parse("3013/VP KGVX ngày 7/4/2021").symbol()).isEqualTo("3013/VP-KGVX");
        assertThat(DocumentRef.parse("30/2020/NĐ-CP").symbol()).isEqualTo("30/2020/NĐ-CP");
        assertThat(DocumentRef.parse("186/KH-UBND").toString()).isEqualTo("186/KH-UBND");
    }

    @Test
    void scopesAndTypes() {
        DocumentRef program = DocumentRef.parse("07-CTr/TU");
        assertThat(program.scope()).isEqualTo(NumberingScope.PARTY_TERM);
        assertThat(program.type()).contains(DocumentType.CTR);
        assertThat(program.draftingUnit()).isEmpty();

        DocumentRef letter = DocumentRef.parse("3013/VP KGVX");
        assertThat(letter.scope()).isEqualTo(NumberingScope.CALENDAR_YEAR);
        assertThat(letter.typeCode()).isEmpty();
        assertThat(letter.type()).isEmpty();
        assertThat(letter.draftingUnit()).contains("KGVX");

        assertThat(DocumentRef.parse("30/2020/NĐ-CP").year()).contains(2020);
    }

    @Test
    void describesInBothLanguages() {
        DocumentRef plan = DocumentRef.parse("186/KH-UBND ngày 26/7/2021");
        assertThat(plan.describe(Lang.VI)).isEqualTo("Kế hoạch số 186/KH-UBND ngày 26/07/2021");
        assertThat(plan.describe(Lang.EN)).isEqualTo("Plan No. 186/KH-UBND of 26/07/2021");

        DocumentRef letter = DocumentRef.parse("3013/VP KGVX ngày 7/4/2021");
        assertThat(letter.describe(Lang.VI)).isEqualTo("Công văn số 3013/VP-KGVX ngày 07/04/2021");
        assertThat(letter.describe(Lang.EN)).isEqualTo("Official letter No. 3013/VP-KGVX of 07/04/2021");

        assertThat(DocumentRef.parse("07-CTr/TU").describe(Lang.VI)).isEqualTo("Chương trình số 07-CTr/TU");
        assertThat(DocumentRef.parse("07-CTr/TU").describe(Lang.EN)).isEqualTo("Program No. 07-CTr/TU");
    }

    @Test
    void documentTypeCodes() {
        assertThat(DocumentType.fromCode("CTr")).contains(DocumentType.CTR);
        assertThat(DocumentType.fromCode("CTR")).contains(DocumentType.CTR);
        assertThat(DocumentType.fromCode("QYĐ")).contains(DocumentType.QYD);
        assertThat(DocumentType.fromCode("ctr")).isEmpty();
        assertThat(DocumentType.fromCode("kh")).isEmpty();
        assertThat(DocumentType.fromCode("UBND")).isEmpty();
        assertThat(DocumentType.fromCode("")).isEmpty();
        assertThat(DocumentType.fromCode(null)).isEmpty();
        for (DocumentType type : DocumentType.values()) {
            assertThat(DocumentType.fromCode(type.code())).contains(type);
            assertThat(type.vi()).isNotBlank();
            assertThat(type.en()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "KH-UBND",
                "/KH-UBND",
                "A1/KH-UBND",
                "0/KH-UBND",
                "00-NQ/TW",
                "07-XYZ/TU",
                "07-ctr/TU",
                "07-CTr",
                "07-CTr/",
                "07-CTr/tu",
                "186",
                "186/KH",
                "186/KH-",
                "186/kh-ubnd",
                "30/1900/NĐ-CP",
                "30/2300/NĐ-CP",
                "30/20/NĐ-CP",
                "30/2020/XX-CP",
                "30/2020/CP",
                "186/KH-UBND ngày 31/02/2021",
                "186/KH-UBND ngày 26/13/2021",
                "186/KH-UBND ngày hôm qua",
                "186/KH-UBND ngày 26/7/1800",
                "3013/VP-KGVX-HC",
                "1/UBND-KGVX/2",
                "hello world",
                "!!!",
                "186/KH-UBND-12",
                "ngày 26/7/2021",
            })
    void rejects(String text) {
        assertThatThrownBy(() -> DocumentRef.parse(text))
                .isExactlyInstanceOf(InvalidDocumentRefException.class)
                .satisfies(e -> {
                    InvalidDocumentRefException ex = (InvalidDocumentRefException) e;
                    assertThat(ex.input()).isEqualTo(text);
                    assertThat(ex.text().vi()).contains("\"" + text + "\"");
                    assertThat(ex.text().en()).contains("\"" + text + "\"");
                    assertThat(ex.getMessage(Lang.VI)).contains("07-CTr/TU");
                    assertThat(ex.getMessage(Lang.EN)).contains("186/KH-UBND");
                });
    }

    @Test
    void rejectionsSayWhatIsWrong() {
        assertThat(messageOf("07-XYZ/TU").en()).contains("\"XYZ\" is not a known document type");
        assertThat(messageOf("07-XYZ/TU").vi()).contains("không phải loại văn bản");
        assertThat(messageOf("0/KH-UBND").en()).contains("cannot be 0");
        assertThat(messageOf("30/1900/NĐ-CP").en()).contains("outside 1945–2200");
        assertThat(messageOf("186/KH-UBND ngày 31/02/2021").en()).contains("31/2/2021 does not exist");
        assertThat(messageOf("186/KH-UBND ngày 31/02/2021").vi()).contains("không có trên lịch");
        assertThat(messageOf("A1/KH-UBND").en()).contains("must be digits");
        assertThat(messageOf("").vi()).contains("trống");
        assertThat(messageOf("ngày 26/7/2021").en()).contains("number and symbol are missing");
    }

    @Test
    void rejectsNullAndTooLong() {
        assertThatThrownBy(() -> DocumentRef.parse(null)).isExactlyInstanceOf(InvalidDocumentRefException.class);
        String longText = "186/KH-UBND" + " ".repeat(5) + "x".repeat(95);
        assertThatThrownBy(() -> DocumentRef.parse(longText))
                .isExactlyInstanceOf(InvalidDocumentRefException.class)
                .hasMessageContaining("100")
                .hasMessageContaining(longText);
        String huge = "1".repeat(100_000);
        assertThatThrownBy(() -> DocumentRef.parse(huge)).isExactlyInstanceOf(InvalidDocumentRefException.class);
    }

    private static org.civicplan.core.Message messageOf(String text) {
        try {
            DocumentRef.parse(text);
        } catch (InvalidDocumentRefException e) {
            return e.text();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void generatedReferencesRoundTrip() {
        Random random = new Random(20210723L);
        List<String> issuers = List.of("UBND", "TU", "TW", "HĐND", "SKHCN", "VP", "BCĐ", "SNV", "ĐU", "BTC&VT");
        List<String> units = List.of("KGVX", "KT", "NC", "ĐT", "TH", "QLKH");
        DocumentType[] types = DocumentType.values();
        for (int i = 0; i < 2_000; i++) {
            String number = (random.nextBoolean() ? "0" : "") + (1 + random.nextInt(9_999));
            String issuer = issuers.get(random.nextInt(issuers.size()));
            String type = types[random.nextInt(types.length)].code();
            DocumentRef ref =
                    switch (random.nextInt(4)) {
                        case 0 -> party(number, type, issuer);
                        case 1 -> typed(number, type, issuer);
                        case 2 -> legal(number, 1945 + random.nextInt(256), type, issuer);
                        default ->
                            letter(
                                    number,
                                    issuer,
                                    random.nextBoolean() ? units.get(random.nextInt(units.size())) : null);
                    };
            assertThat(DocumentRef.parse(ref.symbol())).as(ref.symbol()).isEqualTo(ref);

            LocalDate date = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(90_000));
            DocumentRef dated = ref.withDate(date);
            String written = random.nextBoolean()
                    ? ref.symbol() + " ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                    : ref.symbol() + " ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm "
                            + date.getYear();
            assertThat(DocumentRef.parse(Normalizer.normalize(written, Normalizer.Form.NFD)))
                    .as(written)
                    .isEqualTo(dated);
        }
    }

    @Test
    void randomStringsOnlyEverThrowInvalidDocumentRef() {
        Random random = new Random(7L);
        String[] pieces = {
            "0",
            "1",
            "07",
            "186",
            "3013",
            "2021",
            "/",
            "-",
            " ",
            "  ",
            "CTr",
            "KH",
            "UBND",
            "TU",
            "VP",
            "KGVX",
            "NĐ",
            "ngày",
            "tháng",
            "năm",
            "31",
            "02",
            ".",
            ",",
            "Số:",
            "\t",
            "\u0301",
            "Đ",
            "x",
            "&",
            "–",
            "\u0000",
            "😀",
            "ngay",
            "99999999999",
            "\n"
        };
        String[] valid = accepted().map(a -> (String) a.get()[0]).toArray(String[]::new);
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                // mutations of valid references reach deeper into the grammar than noise does
                text.append(valid[random.nextInt(valid.length)]);
                for (int edits = random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                    int at = random.nextInt(text.length());
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, pieces[random.nextInt(pieces.length)]);
                        default -> text.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
            } else {
                int length = random.nextInt(12);
                for (int j = 0; j < length; j++) {
                    if (random.nextInt(5) == 0) {
                        text.append((char) random.nextInt(0x3000));
                    } else {
                        text.append(pieces[random.nextInt(pieces.length)]);
                    }
                }
            }
            try {
                DocumentRef ref = DocumentRef.parse(text.toString());
                assertThat(ref.symbol()).isNotBlank();
                accepted++;
            } catch (InvalidDocumentRefException e) {
                assertThat(e.input()).isEqualTo(text.toString());
            }
        }
        assertThat(accepted).isGreaterThan(0);
    }
}
