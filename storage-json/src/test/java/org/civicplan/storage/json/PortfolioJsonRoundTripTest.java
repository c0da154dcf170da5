package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortfolioJsonRoundTripTest {
    static final String SAMPLE = "/samples/hanoi-test.portfolio.json";

    private final PortfolioJson json = PortfolioJson.create();

    @Test
    void samplePortfolioRoundTripsToAnEqualValue() {
        Portfolio portfolio = TestPortfolios.portfolio();
        byte[] bytes = write(portfolio);
        assertThat(json.read(new ByteArrayInputStream(bytes), "sample.json")).isEqualTo(portfolio);
    }

    @Test
    void bundledSampleIsTheCanonicalFormOfTheTestPortfolio() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
            byte[] bundled = in.readAllBytes();
            assertThat(json.read(new ByteArrayInputStream(bundled), "hanoi-test.portfolio.json"))
                    .isEqualTo(TestPortfolios.portfolio());
            // the bundled sample is a version-1 file (kept so, to show version 1 still reads); it is
            // written today as the same document in version 2
            assertThat(new String(write(TestPortfolios.portfolio()), StandardCharsets.UTF_8))
                    .isEqualTo(new String(bundled, StandardCharsets.UTF_8)
                            .replaceFirst("\"formatVersion\" : 1,", "\"formatVersion\" : 2,"));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2021, 7_000_000_007L})
    void generatedPortfoliosRoundTrip(long seed) {
        Portfolio portfolio = PortfolioGenerator.generate(seed, 20, 3, 40, 30, 400);
        byte[] bytes = write(portfolio);
        Portfolio read = json.read(new ByteArrayInputStream(bytes), "generated-" + seed + ".json");
        assertThat(read).isEqualTo(portfolio);
        // and writing it again gives the same bytes: the format is canonical
        assertThat(write(read)).isEqualTo(bytes);
    }

    @Test
    void measurementStreamsRoundTrip() {
        Portfolio portfolio = PortfolioGenerator.generate(7, 10, 2, 10, 10, 2_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(json.writeMeasurements(portfolio.measurements(), out)).isEqualTo(2_000);
        List<Measurement> read = new ArrayList<>();
        long n = json.readMeasurements(new ByteArrayInputStream(out.toByteArray()), "m.json", read::add);
        assertThat(n).isEqualTo(2_000);
        assertThat(read).isEqualTo(portfolio.measurements());
    }

    private byte[] write(Portfolio portfolio) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(portfolio, out);
        return out.toByteArray();
    }
}
