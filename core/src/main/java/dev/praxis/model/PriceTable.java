package dev.praxis.model;

import dev.langchain4j.model.output.TokenUsage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices per model, per million tokens, to turn token usage into cost in the run record. Keys are a spec
 * ({@code dashscope/qwen-plus}) or a bare model name ({@code qwen-plus}); the spec wins.
 *
 * <pre>{@code
 * PriceTable prices = PriceTable.empty()
 *     .with("dashscope/qwen-plus", new PriceTable.Price(new BigDecimal("0.40"), new BigDecimal("1.20"), USD));
 * }</pre>
 */
public final class PriceTable {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final int SCALE = 8;

    /** Input and output price per one million tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion, Currency currency) {
        /**
         * Refuses a missing currency and negative or missing prices.
         *
         * @param inputPerMillion the price of one million input tokens
         * @param outputPerMillion the price of one million output tokens
         * @param currency the prices' currency
         */
        public Price {
            Objects.requireNonNull(currency, "currency");
            if (inputPerMillion == null || inputPerMillion.signum() < 0) {
                throw new IllegalArgumentException("inputPerMillion must be >= 0, got " + inputPerMillion);
            }
            if (outputPerMillion == null || outputPerMillion.signum() < 0) {
                throw new IllegalArgumentException("outputPerMillion must be >= 0, got " + outputPerMillion);
            }
        }
    }

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /**
     * A table with no prices.
     *
     * @return the empty table
     */
    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    /**
     * A copy with {@code model}'s price set.
     *
     * @param model the model name or spec
     * @param price its price
     * @return the copy
     */
    public PriceTable with(String model, Price price) {
        Map<String, Price> copy = new LinkedHashMap<>(prices);
        copy.put(Objects.requireNonNull(model, "model"), Objects.requireNonNull(price, "price"));
        return new PriceTable(copy);
    }

    /**
     * The price for a spec, falling back to its bare model name.
     *
     * @param specOrModel a spec such as {@code ollama/qwen2.5:7b}, or a bare model name
     * @return the price, if known
     */
    public Optional<Price> price(String specOrModel) {
        Price direct = prices.get(specOrModel);
        if (direct != null) {
            return Optional.of(direct);
        }
        int slash = specOrModel.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.ofNullable(prices.get(specOrModel.substring(slash + 1)));
    }

    /**
     * The cost of {@code usage} on {@code specOrModel}; empty when the model has no price or no usage.
     *
     * @param specOrModel a spec, or a bare model name
     * @param usage the tokens used
     * @return the cost, if known
     */
    public Optional<ModelCost> cost(String specOrModel, TokenUsage usage) {
        if (usage == null) {
            return Optional.empty();
        }
        return price(specOrModel).map(p -> {
            BigDecimal in = BigDecimal.valueOf(zeroIfNull(usage.inputTokenCount())).multiply(p.inputPerMillion());
            BigDecimal out = BigDecimal.valueOf(zeroIfNull(usage.outputTokenCount())).multiply(p.outputPerMillion());
            BigDecimal amount = in.add(out).divide(MILLION, SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            return new ModelCost(amount.scale() < 0 ? amount.setScale(0) : amount, p.currency());
        });
    }

    private static long zeroIfNull(Integer count) {
        return count == null ? 0 : count;
    }
}
