package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicplan.core.docref.DocumentReading;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.docref.DocumentType;
import org.civicplan.core.docref.InvalidDocumentRefException;
import org.civicplan.core.model.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded generated inputs for the two readers: any string gives a value or the reader's own
 * exception, and a generated well-formed number reads back to itself.
 */
class NameReadersGeneratedInputTest {
    /** Pieces real text is made of, and some it should not be. */
    private static final List<String> PIECES = List.of(
            "Sở",
            "UBND",
            "các",
            "Bộ",
            "quận",
            "huyện",
            "Tài chính",
            "KH&ĐT",
            "KH-ĐT",
            "Ủy",
            "Uỷ",
            "ban",
            "ngành",
            "và",
            ",",
            ", ",
            ":",
            " - ",
            "–",
            "/",
            "-",
            "&",
            ".",
            " ",
            "  ",
            "QĐ",
            "TTg",
            "NQ",
            "CP",
            "QH15",
            "TW",
            "T.Ư",
            "Số:",
            "ngày",
            "26/7/2021",
            "2025",
            "07",
            "0",
            "99999999",
            "a",
            "Đ",
            "đ",
            "\u0301",
            "\u0323",
            "\t",
            "\n",
            "\u0000",
            "\uD83D\uDE00",
            "\uD800",
            "\u00A0",
            "(",
            ")",
            "\"",
            "khóa XV",
            "thành phố Hà Nội",
            "tỉnh",
            "liên quan",
            "đơn vị");

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5eed_0000L + i);
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(random.nextInt(10) == 0 ? 120 : 12);
        for (int i = 0; i < pieces; i++) {
            out.append(
                    random.nextInt(8) == 0
                            ? String.valueOf((char) random.nextInt(0x3000))
                            : PIECES.get(random.nextInt(PIECES.size())));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyStringGivesAValueOrTheReadersException(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            String text = text(random);
            try {
                DocumentReading reading = DocumentRef.read(text);
                assertThat(reading.text()).isEqualTo(text);
                DocumentRef ref = reading.ref();
                DocumentRef dateless = new DocumentRef(
                        ref.number(),
                        ref.year(),
                        ref.typeCode(),
                        ref.issuer(),
                        ref.draftingUnit(),
                        ref.scope(),
                        java.util.Optional.empty());
                assertThat(DocumentRef.read(ref.symbol()).ref()).as(text).isEqualTo(dateless);
            } catch (InvalidDocumentRefException e) {
                assertThat(e.input()).isEqualTo(text);
                assertThat(e.text().vi()).isNotBlank();
                assertThat(e.text().en()).isNotBlank();
            }
            try {
                UnitReading reading = i % 2 == 0
                        ? TestUnitDirectory.RESOLVER.resolve(text)
                        : TestUnitDirectory.RESOLVER.resolve(text, UnitCode.of("HN"));
                assertThat(reading.text()).isEqualTo(text);
                assertThat(reading.resolution()).isNotNull();
            } catch (InvalidUnitNameException e) {
                assertThat(e.input()).isEqualTo(text);
                assertThat(e.text().en()).contains("unit name");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedWellFormedNumbersReadBackToThemselves(long seed) {
        Random random = new Random(seed);
        DocumentType[] types = DocumentType.values();
        String[] issuers = {"UBND", "TTg", "CP", "BKHCN", "VPUBND", "TU", "TW", "VP7", "NN&PTNT", "BTGTW"};
        StringBuilder symbol = new StringBuilder().append(1 + random.nextInt(20000));
        boolean party = random.nextInt(4) == 0;
        if (party) {
            symbol.append('-')
                    .append(types[random.nextInt(types.length)].code())
                    .append('/');
        } else {
            symbol.append('/');
            if (random.nextBoolean()) {
                symbol.append(1990 + random.nextInt(40)).append('/');
            }
            symbol.append(types[random.nextInt(types.length)].code()).append('-');
        }
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            symbol.append(p == 0 ? "" : "-").append(issuers[random.nextInt(issuers.length)]);
        }
        DocumentReading reading = DocumentRef.read(symbol.toString());
        assertThat(reading.ref().symbol()).isEqualTo(symbol.toString());
        assertThat(reading.flags()).as(symbol.toString()).isEmpty();
        assertThat(reading.issuerParts()).hasSize(parts);
    }
}
