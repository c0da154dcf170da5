package org.civicplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An item's deadline as written: every phrase of the period corpus the reader reads is stored by
 * {@link DeadlineForms} and read back equal, and the item keeps the canonical deadline its reading
 * maps onto.
 */
class DeadlineAsWrittenTest {
    private static final String CORPUS = "/org/civicplan/core/period/corpus/deadlines.tsv";

    /** Every corpus phrase the reader reads, with the context of its row. */
    static List<Deadline> readings() throws IOException {
        String text;
        try (InputStream in = DeadlineAsWrittenTest.class.getResourceAsStream(CORPUS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Deadline> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            ParseContext context =
                    f[3].isEmpty() ? ParseContext.none() : ParseContext.documentDated(LocalDate.parse(f[3]));
            try {
                out.add(PeriodReader.read(f[1], context));
            } catch (InvalidPeriodException refused) {
                // refused phrases have no reading to keep
            }
        }
        return out;
    }

    @Test
    void theCorpusGivesManyReadingsOfEveryShape() throws IOException {
        List<Deadline> all = readings();
        assertThat(all).hasSizeGreaterThan(150); // 176 as the corpus stands; each other shape below must occur
        assertThat(all).hasAtLeastOneElementOfType(Deadline.Anchored.class);
        assertThat(all).hasAtLeastOneElementOfType(Deadline.Recurring.class);
        assertThat(all)
                .anyMatch(d -> d instanceof Deadline.Dated x && x.orientation().isPresent());
        assertThat(all).anyMatch(d -> d instanceof Deadline.Dated x && x.time().isPresent());
    }

    @ParameterizedTest
    @MethodSource("readings")
    void everyReadingIsStoredAndReadBackEqual(Deadline reading) {
        String form = DeadlineForms.write(reading);
        assertThat(DeadlineForms.read(reading.text(), form)).isEqualTo(reading);
        Item item = item().deadlineAsWritten(reading).build();
        assertThat(item.deadline()).isEqualTo(reading.period());
        assertThat(item.deadlineText(Lang.EN)).contains(reading.text());
        assertThat(ItemText.deadline(item, Lang.VI)).isEqualTo(reading.text());
    }

    private static Item.Builder item() {
        return Item.builder(ItemId.of("I-1"), PlanId.of("P"), 1).title("Nhiệm vụ");
    }

    @Test
    void aChangedDeadlineDropsWordsThatNoLongerSayIt() {
        Deadline written = PeriodReader.read("chậm nhất ngày 15/11/2021");
        Item item = item().deadlineAsWritten(written).build();
        assertThat(item.deadline()).contains(new Period.Before(LocalDate.of(2021, 11, 15)));
        assertThat(item.toBuilder()
                        .deadline(item.deadline().orElseThrow())
                        .build()
                        .deadlineAsWritten())
                .contains(written);
        Item moved = item.toBuilder().deadline(Period.quarter(2022, 1)).build();
        assertThat(moved.deadlineAsWritten()).isEmpty();
        assertThat(ItemText.deadline(moved, Lang.VI))
                .isEqualTo(Period.quarter(2022, 1).format(Lang.VI));
    }

    @Test
    void aDeadlineThatContradictsItsWordsIsRefusedNamingThem() {
        Deadline written = PeriodReader.read("chậm nhất ngày 15/11/2021");
        assertThatThrownBy(() -> new Item(
                        ItemId.of("I-1"),
                        PlanId.of("P"),
                        1,
                        ItemKind.TASK,
                        java.util.Optional.empty(),
                        "Nhiệm vụ",
                        java.util.Optional.empty(),
                        Product.NONE,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.of(Period.year(2021)),
                        java.util.Optional.of(written),
                        List.of(),
                        List.of(),
                        java.util.Optional.empty(),
                        ItemScope.CITY,
                        Assignment.NONE,
                        ItemStatus.NOT_STARTED,
                        java.util.Optional.empty(),
                        1,
                        0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage(Lang.EN))
                            .contains("I-1")
                            .contains("2021")
                            .contains("chậm nhất ngày 15/11/2021");
                    assertThat(e.getMessage(Lang.VI)).contains("không khớp");
                });
    }

    /**
     * Generated input: every corpus reading's form cut, doubled, or with one character replaced by
     * one of the form's own separators or a stray one, gives a deadline or an InvalidInputException
     * quoting the form, never another exception (a store reads these back from disk).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void mangledFormsGiveAValueOrARefusal(long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = " =,.-:/0123456789qdatedanchoredrecurringevery\u0000Đ";
        for (Deadline reading : readings()) {
            String form = DeadlineForms.write(reading);
            for (int round = 0; round < 5; round++) {
                StringBuilder b = new StringBuilder(form);
                switch (random.nextInt(3)) {
                    case 0 -> b.setLength(random.nextInt(form.length() + 1));
                    case 1 -> b.append(' ').append(form);
                    default ->
                        b.setCharAt(random.nextInt(form.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String mangled = b.toString();
                try {
                    assertThat(DeadlineForms.read(reading.text(), mangled)).isNotNull();
                } catch (InvalidInputException e) {
                    assertThat(e.getMessage(Lang.EN)).startsWith("Invalid deadline reading");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "dated",
                "weekly q=on",
                "dated q=soon",
                "dated q=on end=2021-02-30",
                "dated q=on end=2021-01-01 start=2021-02-01",
                "dated q=on named=Quý V/2021",
                "dated q=on q=on",
                "dated q=on colour=red",
                "dated noequals",
                "anchored q=before amount=-3 unit=d anchor=x",
                "anchored q=before amount=three unit=d anchor=x",
                "anchored q=before unit=years anchor=x",
                "recurring every=",
                "recurring every=fortnight",
                "recurring due=20"
            })
    void aFormThatIsNotOneIsRefusedQuotingIt(String form) {
        assertThatThrownBy(() -> DeadlineForms.read("trước ngày 1/1/2021", form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage(Lang.EN))
                        .contains("Invalid deadline reading \"" + form + "\""));
    }
}
