package org.civicplan.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Portfolio;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Finding;

/**
 * A before/after check for speed work on the clarity check: the SHA-256 over every finding (code,
 * subject, path, message in both languages) and the report's texts (both languages and JSON) of
 * {@link ClarityBenchmark}'s portfolios. Equal digests on two commits: the same findings and reports.
 *
 * <p>{@code java -cp … org.civicplan.benchmarks.ClarityDigest S M}
 */
public final class ClarityDigest {
    private ClarityDigest() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        for (String size : args.length == 0 ? new String[] {"S", "M"} : args) {
            Portfolio portfolio = PortfolioGenerator.withoutMeasurements(
                    new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
            ClarityReport report = ClarityCheck.create().check(portfolio);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Finding f : report.findings()) {
                add(sha, f.code());
                add(sha, f.subject().toString());
                add(sha, f.path());
                add(sha, f.message(Lang.VI));
                add(sha, f.message(Lang.EN));
            }
            add(sha, report.toText(Lang.VI));
            add(sha, report.toText(Lang.EN));
            add(sha, report.toJson());
            System.out.println(size + " " + portfolio.items().size() + " items, "
                    + report.findings().size() + " findings: " + HexFormat.of().formatHex(sha.digest()));
        }
    }

    private static void add(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
