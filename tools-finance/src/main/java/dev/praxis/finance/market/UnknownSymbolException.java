package dev.praxis.finance.market;

import dev.praxis.tool.ToolException;

import java.util.Collection;

/** A symbol the market data provider does not know; the message lists some that it does. */
public final class UnknownSymbolException extends ToolException {

    /**
     * A failed lookup of {@code symbol}.
     *
     * @param symbol the symbol asked for
     * @param known the symbols the provider knows; the message lists the first twelve
     */
    public UnknownSymbolException(String symbol, Collection<String> known) {
        super("unknown symbol '" + symbol + "'; known symbols include " + String.join(", ",
                known.stream().sorted().limit(12).toList()));
    }
}
