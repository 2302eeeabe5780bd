package dev.praxis.ecommerce.money;

import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest(name = "{0} minor units of {1} read as {2}")
    @CsvSource({"1999, USD, 19.99", "1999, JPY, 1999", "1999, KWD, 1.999", "5, EUR, 0.05", "-250, GBP, -2.50"})
    void writesAmountsWithTheCurrencyExponent(long minor, String currency, String amount) {
        assertThat(Money.of(minor, currency).amount()).isEqualTo(amount);
    }

    @Test
    void parsesDecimalsUpToTheExponentAndRefusesMore() {
        assertThat(Money.parse(new BigDecimal("19.9"), Money.currency("USD")).minor()).isEqualTo(1990);
        assertThat(Money.parse(new BigDecimal("1.234"), Money.currency("KWD")).minor()).isEqualTo(1234);
        assertThat(Money.parse(new BigDecimal("500"), Money.currency("JPY")).minor()).isEqualTo(500);
        assertThatThrownBy(() -> Money.parse(new BigDecimal("19.999"), Money.currency("USD")))
                .hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parse(new BigDecimal("1.5"), Money.currency("JPY")))
                .hasMessageContaining("more than 0 decimals");
    }

    /** Java SE RoundingMode javadoc table, applied to whole minor units (5.5 -> 6 HALF_UP, 2.5 -> 2 HALF_EVEN). */
    @ParameterizedTest(name = "{1}% of {0} with {2} = {3}")
    @CsvSource({"1100, 0.5, HALF_UP, 6", "1100, 0.5, HALF_EVEN, 6", "500, 0.5, HALF_EVEN, 2", "500, 0.5, HALF_UP, 3",
            "500, 0.5, DOWN, 2", "-500, 0.5, HALF_UP, -3", "-500, 0.5, HALF_EVEN, -2", "1999, 7.25, HALF_UP, 145"})
    void roundsPercentagesWithTheGivenMode(long minor, String rate, RoundingMode mode, long expected) {
        assertThat(Money.of(minor, "USD").percent(new BigDecimal(rate), mode).minor()).isEqualTo(expected);
    }

    @Test
    void splitsTenEurosThreeWaysByLargestRemainder() {
        // Fowler, PoEAA p. 495 ("Foemmel's conundrum")
        assertThat(Allocation.split(Money.of(1000, "EUR"), List.of(1L, 1L, 1L)))
                .extracting(Money::minor).containsExactly(334L, 333L, 333L);
    }

    @Test
    void splitsFiveCentsThreeToSeven() {
        assertThat(Allocation.split(Money.of(5, "USD"), List.of(3L, 7L))).extracting(Money::minor).containsExactly(2L, 3L);
    }

    @Test
    void allocationsAlwaysSumToTheWholeIncludingNegativeAndZeroWeights() {
        for (long total = -37; total <= 1013; total += 7) {
            List<Money> parts = Allocation.split(Money.of(total, "JPY"), List.of(3L, 0L, 11L, 5L, 1L));
            assertThat(parts.stream().mapToLong(Money::minor).sum()).isEqualTo(total);
            assertThat(parts.get(1).minor()).isZero();
        }
    }

    @Test
    void refusesMixingCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "USD").plus(Money.of(100, "EUR"))).hasMessageContaining("currency mismatch");
    }

    @Test
    void refusesUnknownCurrencyCodes() {
        assertThatThrownBy(() -> Money.of(1, "XYZ1")).hasMessageContaining("unknown ISO-4217 currency code 'XYZ1'");
    }

    @Test
    void serialisesTheAmountAsADecimalStringWithItsCurrencyAndReadsItBack() throws Exception {
        String json = PraxisJson.write(Money.of(1999, "USD"));
        assertThat(json).isEqualTo("{\"amount\":\"19.99\",\"currency\":\"USD\"}");
        assertThat(PraxisJson.mapper().readValue(json, Money.class)).isEqualTo(Money.of(1999, "USD"));
        assertThat(PraxisJson.write(Money.of(1999, "JPY"))).isEqualTo("{\"amount\":\"1999\",\"currency\":\"JPY\"}");
        assertThat(PraxisJson.write(Money.of(-5, "KWD"))).isEqualTo("{\"amount\":\"-0.005\",\"currency\":\"KWD\"}");
    }

    @Test
    void refusesReadingAnAmountWithMoreDigitsThanTheCurrencyHas() {
        assertThatThrownBy(() -> PraxisJson.mapper().readValue("{\"amount\":\"19.999\",\"currency\":\"USD\"}",
                Money.class)).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> PraxisJson.mapper().readValue("{\"amount\":\"1e3x\",\"currency\":\"USD\"}",
                Money.class)).hasMessageContaining("must be a decimal");
    }
}
