package dev.praxis.finance.market;

import dev.praxis.tool.ToolException;

import java.util.Collection;

/** A currency the provider has no exchange rate for; the message lists the currencies it knows. */
public final class UnknownCurrencyException extends ToolException {

    private final String currency;

    public UnknownCurrencyException(String currency, Collection<String> known) {
        super("no exchange rate for '" + currency + "'; known currencies: "
                + String.join(", ", known.stream().sorted().toList()));
        this.currency = currency;
    }

    /** The currency that was not found. */
    public String currency() {
        return currency;
    }
}
