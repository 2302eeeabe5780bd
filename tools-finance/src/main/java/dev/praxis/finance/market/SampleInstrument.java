package dev.praxis.finance.market;

/** One symbol of the sample dataset: its name, currency, starting price and the parameters of its random walk. */
record SampleInstrument(String symbol, String name, String currency, double startPrice, double annualDrift,
                        double annualVolatility, double marketBeta, long averageVolume) {
}
