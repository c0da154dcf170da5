package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.money.Vnd;

/** An amount from one funding source for one year. */
public record FundingLine(FundingSource source, int year, Vnd amount) {
    public FundingLine {
        requireNonNull(source, "source is null");
        requireNonNull(amount, "amount is null");
    }
}
