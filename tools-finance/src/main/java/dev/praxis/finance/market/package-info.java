/**
 * Market data behind one extension point, {@link dev.praxis.finance.market.MarketDataProvider}: quotes, daily
 * price history and FX rates. The default, {@link dev.praxis.finance.market.SampleMarketData}, is an embedded,
 * deterministic, generated dataset for about 20 symbols and a reference FX table; every figure it returns is
 * labelled {@code "sample data (not real market prices)"}. A real feed plugs in by implementing the interface.
 */
@NullMarked
package dev.praxis.finance.market;

import org.jspecify.annotations.NullMarked;
