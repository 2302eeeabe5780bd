package dev.praxis.model;

import dev.langchain4j.model.output.TokenUsage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    static final Currency USD = Currency.getInstance("USD");

    @Test
    void costsUsagePerMillionTokens() {
        PriceTable prices = PriceTable.empty().with("qwen-plus",
                new PriceTable.Price(new BigDecimal("0.40"), new BigDecimal("1.20"), USD));

        // 1,500 input tokens at 0.40/M = 0.0006; 500 output at 1.20/M = 0.0006
        assertThat(prices.cost("dashscope/qwen-plus", new TokenUsage(1500, 500)))
                .contains(new ModelCost(new BigDecimal("0.0012"), USD));
    }

    @Test
    void specKeyWinsOverBareModelName() {
        PriceTable prices = PriceTable.empty()
                .with("qwen-plus", new PriceTable.Price(BigDecimal.ONE, BigDecimal.ONE, USD))
                .with("dashscope/qwen-plus", new PriceTable.Price(BigDecimal.TEN, BigDecimal.TEN, USD));
        assertThat(prices.cost("dashscope/qwen-plus", new TokenUsage(1_000_000, 0)))
                .contains(new ModelCost(BigDecimal.TEN, USD));
    }

    @Test
    void noPriceOrNoUsageMeansNoCost() {
        assertThat(PriceTable.empty().cost("ollama/qwen2.5:7b", new TokenUsage(10, 10))).isEmpty();
        assertThat(PriceTable.empty().with("m", new PriceTable.Price(BigDecimal.ONE, BigDecimal.ONE, USD))
                .cost("m", null)).isEmpty();
    }

    @Test
    void rejectsNegativePricesAndMixedCurrencies() {
        assertThatThrownBy(() -> new PriceTable.Price(new BigDecimal("-1"), BigDecimal.ONE, USD))
                .hasMessageContaining("inputPerMillion");
        assertThatThrownBy(() -> new ModelCost(BigDecimal.ONE, USD)
                .plus(new ModelCost(BigDecimal.ONE, Currency.getInstance("EUR")))).hasMessageContaining("EUR");
    }
}
