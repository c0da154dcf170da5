package org.civicplan.export.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvOutputTest {
    @Test
    void quotesCommasQuotesAndLineBreaksPerRfc4180() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String multiLine = "Dòng một\r\nDòng hai, có dấu phẩy";
        String quoted = "Nói \"đổi mới\"";
        String nfd = "Ha\u0300 No\u0323\u0302i";
        try (CsvOutput csv = new CsvOutput(out, List.of("a", "b", "c", "d"))) {
            csv.row(multiLine, quoted, nfd, "thường");
        }
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("\uFEFFa,b,c,d\r\n\"Dòng một\r\nDòng hai, có dấu phẩy\",\"Nói \"\"đổi mới\"\"\"," + nfd
                        + ",thường\r\n");
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).toList()).containsExactly(multiLine, quoted, nfd, "thường");
    }
}
