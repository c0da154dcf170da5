package org.civicplan.core.docref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.CivicPlanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DocumentRef#read}: every form in use, flags, and refusals that say what was not understood. */
class DocumentReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            704/QĐ-TTg             | S | 704  | -    | QĐ   | TTg
            15/CT-TTg              | S | 15   | -    | CT   | TTg
            12/CĐ-TTg              | S | 12   | -    | CĐ   | TTg
            74/NQ-CP               | S | 74   | -    | NQ   | CP
            206/2025/QH15          | S | 206  | 2025 | -    | QH15
            76/2025/UBTVQH15       | S | 76   | 2025 | -    | UBTVQH15
            12/2024/TT-BKHCN       | S | 12   | 2024 | TT   | BKHCN
            404/VPUBND-TCD-NC      | S | 404  | -    | -    | VPUBND-TCD-NC
            474/UBND-VP7           | S | 474  | -    | -    | UBND-VP7
            3013/VP-KGVX           | S | 3013 | -    | -    | VP-KGVX
            57-KL/TW               | P | 57   | -    | KL   | TW
            21-HD/BTGTW            | P | 21   | -    | HD   | BTGTW
            02-QĐ/TW               | P | 02   | -    | QĐ   | TW
            09/2019/NĐ-CP          | S | 09   | 2019 | NĐ   | CP
            146/2012/TTLT-BTC-BTP  | S | 146  | 2012 | TTLT | BTC-BTP
            36a/NQ-CP              | S | 36a  | -    | NQ   | CP
            """)
    void readsEveryFormInUse(String text, String scope, String number, String year, String type, String issuer) {
        DocumentReading reading = DocumentRef.read(text);
        DocumentRef ref = reading.ref();
        assertThat(ref.scope()).isEqualTo(scope.equals("P") ? NumberingScope.PARTY_TERM : NumberingScope.CALENDAR_YEAR);
        assertThat(ref.number()).isEqualTo(number);
        assertThat(ref.year().map(String::valueOf).orElse("-")).isEqualTo(year);
        assertThat(ref.typeCode().orElse("-")).isEqualTo(type);
        assertThat(String.join("-", reading.issuerParts())).isEqualTo(issuer);
        assertThat(reading.flags()).isEmpty();
        assertThat(reading.text()).isEqualTo(text);
        assertThat(DocumentRef.read(ref.symbol()).ref()).isEqualTo(ref);
    }

    @Test
    void respellingsAreReadAndFlagged() {
        assertThat(DocumentRef.read("Số: 09/2019/ND-CP").ref().symbol()).isEqualTo("09/2019/NĐ-CP");
        assertThat(DocumentRef.read("Số: 09/2019/ND-CP").flags()).containsExactly(DocumentRefFlag.RESPELLED);
        assertThat(DocumentRef.read("123/QD-UBND").ref().type()).contains(DocumentType.QD);
        assertThat(DocumentRef.read("16/2001/CT-TTG").ref().issuer()).isEqualTo("TTg");
        assertThat(DocumentRef.read("3013/VP KGVX").ref().symbol()).isEqualTo("3013/VP-KGVX");
        assertThat(DocumentRef.read("19-2018/NQ-CP").ref().year()).contains(2018);
        assertThat(DocumentRef.read("Quyết định số 704/QĐ-TTg").flags()).isEmpty();
        assertThat(DocumentRef.read("12/DA-UBND").ref().type()).contains(DocumentType.DU_AN);
    }

    @Test
    void typeOutsideTheTableIsKeptAndFlagged() {
        DocumentReading party = DocumentRef.read("07-XYZ/TU");
        assertThat(party.ref().typeCode()).contains("XYZ");
        assertThat(party.ref().type()).isEmpty();
        assertThat(party.flags()).containsExactly(DocumentRefFlag.UNKNOWN_TYPE);
        DocumentReading legal = DocumentRef.read("30/2020/XX-CP");
        assertThat(legal.ref().typeCode()).contains("XX");
        assertThat(legal.has(DocumentRefFlag.UNKNOWN_TYPE)).isTrue();
        // where the notation cannot tell a type from an issuer, the reading is an official letter
        assertThat(DocumentRef.read("55/ABC-UBND").ref().typeCode()).isEmpty();
    }

    @Test
    void dateAfterTheSymbol() {
        DocumentReading reading = DocumentRef.read("Số: 404/VPUBND-TCD-NC ngày 26 tháng 7 năm 2021");
        assertThat(reading.ref().date()).contains(LocalDate.of(2021, 7, 26));
        assertThat(reading.ref().draftingUnit()).contains("TCD-NC");
    }

    @Test
    void canonicalFormsReadAsTheStrictParserReadsThem() {
        for (String text : Set.of("07-CTr/TU", "186/KH-UBND", "30/2020/NĐ-CP", "3013/VP-KGVX", "3013/UBND")) {
            assertThat(DocumentRef.read(text).ref()).as(text).isEqualTo(DocumentRef.parse(text));
            assertThat(DocumentRef.read(text).flags()).as(text).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "  ",
                "hello world",
                "KH-UBND",
                "0/KH-UBND",
                "186/KH",
                "186/kh-ubnd",
                "186/KH-",
                "30/1900/NĐ-CP",
                "30/20/NĐ-CP",
                "07-CTr",
                "07-CTr/TU/X",
                "186/KH-UBND ngày 31/02/2021",
                "ngày 26/7/2021"
            })
    void refusesWithTheTextAndAReason(String text) {
        assertThatThrownBy(() -> DocumentRef.read(text))
                .isInstanceOf(CivicPlanException.class)
                .isExactlyInstanceOf(InvalidDocumentRefException.class)
                .satisfies(e -> {
                    InvalidDocumentRefException ex = (InvalidDocumentRefException) e;
                    assertThat(ex.input()).isEqualTo(text);
                    assertThat(ex.text().vi()).contains("\"" + text + "\"").contains(" — ");
                    assertThat(ex.text().en()).contains("\"" + text + "\"").contains(" — ");
                });
    }

    @Test
    void refusalsNameWhatWasNotUnderstood() {
        assertThat(message("186/KH").en()).contains("issuer after the document type \"KH\" is missing");
        assertThat(message("186/kh-ubnd").en()).contains("\"kh\" is not an abbreviation");
        assertThat(message("186/kh-ubnd").vi()).contains("\"kh\" không phải chữ viết tắt");
        assertThat(message("0/KH-UBND").en()).contains("cannot be 0");
        assertThat(message(null).vi()).contains("trống");
        assertThat(Optional.ofNullable(message("x".repeat(500)).en()))
                .get()
                .asString()
                .contains("longer than");
    }

    private static org.civicplan.core.Message message(String text) {
        try {
            DocumentRef.read(text);
        } catch (InvalidDocumentRefException e) {
            return e.text();
        }
        throw new AssertionError("accepted: " + text);
    }
}
