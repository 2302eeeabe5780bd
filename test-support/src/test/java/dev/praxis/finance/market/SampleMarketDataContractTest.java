package dev.praxis.finance.market;

import dev.praxis.testing.contract.finance.MarketDataProviderContract;

class SampleMarketDataContractTest extends MarketDataProviderContract {

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
