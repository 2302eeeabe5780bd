package dev.praxis.healthcare.cardio;

import java.math.BigDecimal;

/**
 * One corrected QT interval.
 *
 * @param method the correction's name, e.g. {@code Bazett}
 * @param qtcMs the corrected QT in ms, rounded half-up to a whole ms
 * @param formula the correction's expression
 * @param reference where it is published
 */
public record QtcValue(String method, BigDecimal qtcMs, String formula, String reference) {
}
