package dev.praxis.benchmarks.overhead;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The tool of the dispatch benchmark: six typed arguments (a decimal, an int, an enum, a date, a list of records,
 * a string), annotated for both frameworks.
 */
public final class OrderPricer {

    /** Buy or sell. */
    public enum Side { BUY, SELL }

    /** One leg of a basket order. */
    public record Leg(@P("Ticker") @Param("Ticker") String symbol,
                      @P("Weight in the basket, 0 to 1") @Param(value = "Weight in the basket", min = "0", max = "1")
                      BigDecimal weight) {
    }

    /** What the tool returns. */
    public record Quote(String account, Side side, LocalDate settlement, BigDecimal notional, int legs) {
    }

    @Tool(name = "price_order", value = "Prices a basket order")
    @ToolFunction(name = "price_order", description = "Prices a basket order")
    public Quote priceOrder(
            @P("Limit price per unit") @Param(value = "Limit price per unit", min = "0.01") BigDecimal limitPrice,
            @P("Units") @Param(value = "Units", min = "1", max = "1000000") int quantity,
            @P("Buy or sell") @Param("Buy or sell") Side side,
            @P("Settlement date, ISO") @Param("Settlement date, ISO") LocalDate settlement,
            @P("Basket legs") @Param("Basket legs") List<Leg> legs,
            @P("Account id") @Param("Account id") String account) {
        BigDecimal notional = limitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN);
        return new Quote(account, side, settlement, notional, legs.size());
    }
}
