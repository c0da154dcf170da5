package org.civicplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuiteOptionsTest {
    @Test
    void theMeasurementExportsRunIn64MegabytesAndTheWorkbookIn256ByDefault() {
        SuiteOptions options = SuiteOptions.parse(new String[] {"--only", "MemoryCheck"});
        assertThat(options.formats()).containsExactly("json", "csv", "xlsx", "xlsx-workbook");
        assertThat(options.formats().stream().map(options::heapFor))
                .containsExactly("-Xmx64m", "-Xmx64m", "-Xmx64m", "-Xmx256m");
        assertThat(options.runsMemory()).isTrue();
    }

    @Test
    void aHeapGivenOnTheCommandLineIsEveryChecks() {
        SuiteOptions options = SuiteOptions.parse(new String[] {"--memory", "xlsx-workbook,csv", "--heap", "160m"});
        assertThat(options.formats()).containsExactly("xlsx-workbook", "csv");
        assertThat(options.formats().stream().map(options::heapFor)).containsOnly("-Xmx160m");
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--heapp", "64m"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--heapp");
    }
}
