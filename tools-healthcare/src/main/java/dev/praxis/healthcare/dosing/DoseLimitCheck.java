package dev.praxis.healthcare.dosing;

import java.math.BigDecimal;

/**
 * One stated maximum compared with the dose.
 *
 * @param limit which maximum, e.g. {@code max_mg_per_kg_per_day}
 * @param maximum the stated maximum
 * @param actual the dose in the same terms, rounded half-up to 3 decimals
 * @param unit the unit of both
 * @param exceeded whether the exact dose is above the maximum
 */
public record DoseLimitCheck(String limit, BigDecimal maximum, BigDecimal actual, String unit, boolean exceeded) {
}
