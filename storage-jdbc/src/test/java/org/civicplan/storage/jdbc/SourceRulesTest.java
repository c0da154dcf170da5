package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules the code keeps, checked on its source. */
class SourceRulesTest {
    private static final Path MAIN = Path.of("src/main");

    @Test
    void theAuditTrailIsOnlyEverInsertedInto() throws IOException {
        Pattern change = Pattern.compile("(update|delete\\s+from)\\s+audit_(log|changes)");
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> offending = files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return change.matcher(Files.readString(f).toLowerCase(Locale.ROOT))
                                    .find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(offending).isEmpty();
        }
    }
}
