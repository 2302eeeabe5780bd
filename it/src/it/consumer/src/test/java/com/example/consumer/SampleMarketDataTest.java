package com.example.consumer;

import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.SampleMarketData;
import dev.praxis.testing.contract.finance.MarketDataProviderContract;

/** The finance pack's provider contract, shipped in test-support, run from a user's build. */
class SampleMarketDataTest extends MarketDataProviderContract {

    private final SampleMarketData data = new SampleMarketData();

    @Override
    protected MarketDataProvider provider() {
        return data;
    }

    @Override
    protected String knownSymbol() {
        return "MSFT";
    }
}
