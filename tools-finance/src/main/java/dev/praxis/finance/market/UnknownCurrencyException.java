package dev.praxis.finance.market;

import dev.praxis.tool.ToolException;

import java.util.Collection;

/** A currency the provider has no exchange rate for; the message lists the currencies it knows. */
public final class UnknownCurrencyException extends ToolException {

    /** The currency that was not found. */
    private final String currency;

    /**
     * A failed lookup of {@code currency}.
     *
     * @param currency the currency asked for
     * @param known the currencies the provider has rates for
     */
    public UnknownCurrencyException(String currency, Collection<String> known) {
        super("no exchange rate for '" + currency + "'; known currencies: "
                + String.join(", ", known.stream().sorted().toList()));
        this.currency = currency;
    }

    /**
     * The currency that was not found.
     *
     * @return the currency code as asked
     */
    public String currency() {
        return currency;
    }
}
