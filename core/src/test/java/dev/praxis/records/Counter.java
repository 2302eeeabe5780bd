package dev.praxis.records;

import java.math.BigDecimal;

/** A small document type for the update tests: a count and an exact amount. */
public record Counter(long count, BigDecimal total) {

    static Counter zero() {
        return new Counter(0, new BigDecimal("0.00"));
    }

    Counter plus(String amount) {
        return new Counter(count + 1, total.add(new BigDecimal(amount)));
    }
}
