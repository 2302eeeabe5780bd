package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How one expected tool argument is compared with what the model sent. In a scenario an argument is written as a
 * plain JSON value (exact), or as one of {@code {"exact": v}}, {@code {"number": 300000, "tolerance": 0.5}},
 * {@code {"regex": "(?i)^eur$"}}, {@code {"any": true}} (present and not null). Numbers compare by value, also
 * when the model sent them as text ({@code "300000"}), since the tools accept both.
 */
public sealed interface ArgumentMatcher {

    /** Whether {@code actual} (null when the model left the argument out) satisfies this matcher. */
    boolean matches(JsonNode actual);

    /** The matcher as a scenario author wrote it, for failure messages. */
    String describe();

    /** A value that must equal the expected one; objects and arrays compare element by element. */
    record Exact(JsonNode expected) implements ArgumentMatcher {
        @Override
        public boolean matches(JsonNode actual) {
            return actual != null && JsonValues.sameValue(expected, actual);
        }

        @Override
        public String describe() {
            return expected.toString();
        }
    }

    /** A number within {@code tolerance} of {@code value} (inclusive). */
    record Near(BigDecimal value, BigDecimal tolerance) implements ArgumentMatcher {
        public Near {
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
            }
        }

        @Override
        public boolean matches(JsonNode actual) {
            return JsonValues.number(actual).map(n -> n.subtract(value).abs().compareTo(tolerance) <= 0).orElse(false);
        }

        @Override
        public String describe() {
            return value.toPlainString() + " ± " + tolerance.toPlainString();
        }
    }

    /** Text (or a number's text) in which the pattern is found. */
    record Regex(Pattern pattern) implements ArgumentMatcher {
        @Override
        public boolean matches(JsonNode actual) {
            return actual != null && !actual.isNull() && !actual.isContainerNode()
                    && pattern.matcher(actual.asText()).find();
        }

        @Override
        public String describe() {
            return "/" + pattern.pattern() + "/";
        }
    }

    /** Any value, as long as the argument is present and not null. */
    record Any() implements ArgumentMatcher {
        @Override
        public boolean matches(JsonNode actual) {
            return actual != null && !actual.isNull();
        }

        @Override
        public String describe() {
            return "any";
        }
    }
}
