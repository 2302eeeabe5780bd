package dev.praxis.examples.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact the answer must state (or, in {@code forbid_facts}, must not). In a scenario: plain text (found
 * case-insensitively), {@code {"regex": "..."}}, or {@code {"number": 1896.20, "tolerance": 0.01}}, met by any
 * number in the answer within the tolerance, written with or without thousands separators ({@code 1,896.20}).
 */
public sealed interface FactMatcher {

    /** Whether {@code answer} states the fact. */
    boolean foundIn(String answer);

    /** The fact as the scenario wrote it, for failure messages. */
    String describe();

    /** Text contained in the answer, ignoring case. */
    record Text(String text) implements FactMatcher {
        @Override
        public boolean foundIn(String answer) {
            return answer.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }

        @Override
        public String describe() {
            return "\"" + text + "\"";
        }
    }

    /** A pattern found in the answer. */
    record Regex(Pattern pattern) implements FactMatcher {
        @Override
        public boolean foundIn(String answer) {
            return pattern.matcher(answer).find();
        }

        @Override
        public String describe() {
            return "/" + pattern.pattern() + "/";
        }
    }

    /** A number in the answer within {@code tolerance} of {@code value}. */
    record Number(BigDecimal value, BigDecimal tolerance) implements FactMatcher {
        /** English-style numbers: 1896.20, 1,896.20, -3.5; a thousands group needs exactly three digits. */
        private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

        public Number {
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
            }
        }

        @Override
        public boolean foundIn(String answer) {
            Matcher m = NUMBER.matcher(answer);
            while (m.find()) {
                BigDecimal found = new BigDecimal(m.group().replace(",", ""));
                if (found.subtract(value).abs().compareTo(tolerance) <= 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return value.toPlainString() + " ± " + tolerance.toPlainString();
        }
    }
}
