package dev.praxis.tool;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Inclusive numeric bounds of one parameter. LangChain4j's schema types carry no minimum or maximum, so
 * Praxis keeps them beside the schema, states them in the parameter's description for the model, and checks
 * them before the tool runs.
 */
public record Bounds(Optional<BigDecimal> min, Optional<BigDecimal> max) {

    /**
     * Checks that {@code min} is not above {@code max}.
     *
     * @param min the smallest value allowed, if any
     * @param max the largest value allowed, if any
     */
    public Bounds {
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException("min " + min.get() + " is above max " + max.get());
        }
    }

    /**
     * Bounds from the decimal strings of {@link Param}; empty strings mean unbounded.
     *
     * @param min the lower bound, or empty
     * @param max the upper bound, or empty
     * @return the bounds
     */
    public static Bounds of(String min, String max) {
        return new Bounds(parse(min), parse(max));
    }

    /**
     * Whether neither side is bounded.
     *
     * @return true when unbounded
     */
    public boolean isEmpty() {
        return min.isEmpty() && max.isEmpty();
    }

    /**
     * The violation message for {@code value}, or empty when it lies within the bounds.
     *
     * @param value the value to check
     * @return the message, or empty
     */
    public Optional<String> check(BigDecimal value) {
        if (min.isPresent() && value.compareTo(min.get()) < 0) {
            return Optional.of("must be >= " + min.get().toPlainString() + ", got " + value.toPlainString());
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            return Optional.of("must be <= " + max.get().toPlainString() + ", got " + value.toPlainString());
        }
        return Optional.empty();
    }

    /**
     * A short phrase for descriptions, such as {@code "min 1, max 480"}.
     *
     * @return the phrase
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        min.ifPresent(m -> text.append("min ").append(m.toPlainString()));
        max.ifPresent(m -> text.append(text.length() > 0 ? ", " : "").append("max ").append(m.toPlainString()));
        return text.toString();
    }

    private static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bound is not a decimal number: '" + text + "'", e);
        }
    }
}
