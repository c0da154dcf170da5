package org.civicplan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.civicplan.core.model.Measurement;
import org.openjdk.jmh.annotations.Benchmark;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** {@link StoreBenchmark} on PostgreSQL, plus {@code COPY … FROM STDIN} of the same rows as the limit. */
public class PgStoreBenchmark extends StoreBenchmark {
    @Override
    BenchDb open() {
        return BenchDb.postgres(false);
    }

    @Override
    java.util.Map<String, Side> otherSides() {
        return java.util.Map.of("rawJdbcBatch", this::rawJdbcBatch, "pgCopy", this::pgCopy);
    }

    @Benchmark
    public void pgCopy() throws SQLException, IOException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY measurements (" + RawMeasurements.COLUMNS + ") FROM STDIN (FORMAT csv)");
            StringBuilder csv = new StringBuilder(1 << 17);
            for (Measurement m : measurements) {
                Object[] row = RawMeasurements.row(portfolio, m);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    Object v = row[i];
                    if (v instanceof String s) {
                        csv.append('"').append(s.replace("\"", "\"\"")).append('"');
                    } else if (v instanceof java.math.BigDecimal d) {
                        csv.append(d.toPlainString());
                    } else if (v != null) {
                        csv.append(v);
                    }
                }
                csv.append('\n');
                if (csv.length() > 1 << 16) {
                    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    csv.setLength(0);
                }
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            c.commit();
        }
    }
}
