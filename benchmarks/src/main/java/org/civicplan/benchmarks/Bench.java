package org.civicplan.benchmarks;

/** Settings every benchmark shares. */
final class Bench {
    /** Both sides of every pair run in a pre-touched 3 GB heap: first-touch page faults distort figures 3–5×. */
    static final String XMS = "-Xms3g";

    static final String XMX = "-Xmx3g";
    static final String PRETOUCH = "-XX:+AlwaysPreTouch";

    static final long SEED = 20_210_701L;

    /** System property: a directory for H2 databases shared by the forks of one suite run. */
    static final String H2_DIR = "civicplan.bench.h2dir";

    /** System property: the PostgreSQL JDBC URL (without schema); default 127.0.0.1:5432/test as postgres. */
    static final String PG_URL = "civicplan.bench.pgurl";

    /** System property: the PostgreSQL schema shared by the forks of one suite run. */
    static final String PG_SCHEMA = "civicplan.bench.pgschema";

    private Bench() {}
}
