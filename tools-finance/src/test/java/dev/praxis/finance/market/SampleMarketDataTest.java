package dev.praxis.finance.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.ToolCalls;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleMarketDataTest {

    private final ToolCalls calls = ToolCalls.defaults();

    @Test
    void generatesTheSameSeriesOnEveryConstruction() {
        SampleMarketData first = new SampleMarketData();
        SampleMarketData second = new SampleMarketData();
        assertThat(first.symbols()).hasSizeGreaterThanOrEqualTo(20);
        for (String symbol : first.symbols()) {
            assertThat(second.history(symbol, SampleMarketData.FIRST_DAY, SampleMarketData.LAST_DAY))
                    .isEqualTo(first.history(symbol, SampleMarketData.FIRST_DAY, SampleMarketData.LAST_DAY));
        }
    }

    @Test
    void generatesTheSameDataWhicheverSymbolIsAskedFirst() throws Exception {
        SampleMarketData forward = new SampleMarketData();
        SampleMarketData backward = new SampleMarketData();
        List<String> symbols = List.copyOf(forward.symbols());
        for (int i = symbols.size() - 1; i >= 0; i--) {
            backward.quote(symbols.get(i));
        }
        java.security.MessageDigest forwardDigest = java.security.MessageDigest.getInstance("SHA-256");
        java.security.MessageDigest backwardDigest = java.security.MessageDigest.getInstance("SHA-256");
        for (String symbol : symbols) {
            digest(forwardDigest, symbol, forward);
            digest(backwardDigest, symbol, backward);
        }
        String expected = java.util.HexFormat.of().formatHex(forwardDigest.digest());
        assertThat(java.util.HexFormat.of().formatHex(backwardDigest.digest())).isEqualTo(expected);
        // The digest of the data as the generator made it when it built all 21 series up front (commit e0c5507):
        // generating them on demand must not change a single bar.
        assertThat(expected).isEqualTo("1f336fbaacadb9556a875d364758d34e25af9ae4ff6b69ca13a41b54e523e846");
    }

    private static void digest(java.security.MessageDigest digest, String symbol, SampleMarketData data) {
        for (PriceBar b : data.history(symbol, SampleMarketData.FIRST_DAY, SampleMarketData.LAST_DAY)) {
            digest.update((symbol + b.date() + b.open().toPlainString() + b.high().toPlainString()
                    + b.low().toPlainString() + b.close().toPlainString() + b.volume() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void barsAreConsistentTradingDaysWithPricesInMinorUnits() {
        List<PriceBar> bars = new SampleMarketData().history("7203.T", SampleMarketData.FIRST_DAY, SampleMarketData.LAST_DAY);
        assertThat(bars).hasSizeGreaterThan(500);
        assertThat(bars).allSatisfy(b -> {
            assertThat(b.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            assertThat(b.low()).isLessThanOrEqualTo(b.open().min(b.close()));
            assertThat(b.high()).isGreaterThanOrEqualTo(b.open().max(b.close()));
            assertThat(b.close().scale()).isZero(); // JPY has no minor unit
        });
    }

    @Test
    void quoteIsLabelledAsSampleData() {
        JsonNode quote = calls.ok("stock_quote", "{\"symbol\": \"aapl\"}");
        assertThat(quote.get("symbol").asText()).isEqualTo("AAPL");
        assertThat(quote.get("source").asText()).isEqualTo("sample data (not real market prices)");
        assertThat(quote.get("as_of").asText()).isEqualTo("2025-12-31");
        assertThat(quote.get("price").decimalValue()).isPositive();
    }

    @Test
    void unknownSymbolNamesItAndListsKnownOnes() {
        assertThat(calls.error("stock_quote", "{\"symbol\": \"ZZZZ\"}")).contains("ZZZZ").contains("AAPL");
        assertThatThrownBy(() -> new SampleMarketData().quote("NOPE")).isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    void priceHistoryDefaultsToTheLastMonthAndRejectsBadDates() {
        JsonNode history = calls.ok("price_history", "{\"symbol\": \"MSFT\"}");
        assertThat(history.get("bars").size()).isBetween(20, 23);
        assertThat(history.get("source").asText()).contains("sample data");
        assertThat(calls.error("price_history", "{\"symbol\": \"MSFT\", \"start_date\": \"yesterday\"}"))
                .contains("start_date");
        assertThat(calls.error("price_history", "{\"symbol\": \"MSFT\", \"start_date\": \"2030-01-01\", "
                + "\"end_date\": \"2030-02-01\"}")).contains("no prices");
    }

    @Test
    void fxRateIsTriangulatedThroughTheTableAndInverts() {
        JsonNode rate = calls.ok("fx_rate", "{\"base_currency\": \"EUR\", \"quote_currency\": \"USD\"}");
        // sample table: 0.92 EUR per USD -> 1 EUR = 1/0.92 USD
        assertThat(rate.get("rate").decimalValue()).isEqualByComparingTo("1.0869565217");
        assertThat(rate.get("inverse").decimalValue()).isEqualByComparingTo("0.9200000000");
        assertThat(rate.get("source").asText()).contains("sample data");
    }

    @Test
    void conversionRoundsToTheTargetCurrencyMinorUnits() {
        // 100 EUR -> JPY: 100 x 151.50 / 0.92 = 16467.391... -> 16467 (JPY has no minor unit)
        JsonNode conversion = calls.ok("convert_currency", "{\"amount\": 100, \"from_currency\": \"EUR\", "
                + "\"to_currency\": \"JPY\"}");
        assertThat(new BigDecimal(conversion.at("/to/amount").textValue())).isEqualByComparingTo(new BigDecimal("16467"));
        assertThat(conversion.at("/to/currency").asText()).isEqualTo("JPY");
    }

    @Test
    void unknownOrInvalidCurrenciesNameTheParameter() {
        assertThat(calls.error("fx_rate", "{\"base_currency\": \"EUR\", \"quote_currency\": \"ISK\"}"))
                .contains("quote_currency").contains("ISK");
        assertThat(calls.error("convert_currency", "{\"amount\": 5, \"from_currency\": \"DOLLARS\", "
                + "\"to_currency\": \"EUR\"}")).contains("from_currency");
    }
}
