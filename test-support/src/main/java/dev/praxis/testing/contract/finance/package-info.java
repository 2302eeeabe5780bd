/**
 * The finance pack's contract suite: {@link dev.praxis.testing.contract.finance.MarketDataProviderContract} for a
 * market data feed. Needs {@code praxis-tools-finance} on the test class path (test support does not bring it).
 */
@NullMarked
package dev.praxis.testing.contract.finance;

import org.jspecify.annotations.NullMarked;
