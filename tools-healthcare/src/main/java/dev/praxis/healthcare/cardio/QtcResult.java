package dev.praxis.healthcare.cardio;

import java.math.BigDecimal;
import java.util.List;

/**
 * The QT interval corrected for heart rate by four formulas.
 *
 * @param qtMs the measured QT interval, in ms
 * @param heartRateBpm the heart rate, in beats per minute
 * @param rrIntervalS the RR interval 60 / heart rate, in s, rounded half-up to 4 decimals
 * @param corrections Bazett, Fridericia, Framingham and Hodges, in that order
 * @param unit always {@code ms}
 * @param rounding how the results were rounded
 * @param disclaimer the fixed disclaimer
 */
public record QtcResult(BigDecimal qtMs, BigDecimal heartRateBpm, BigDecimal rrIntervalS, List<QtcValue> corrections,
                        String unit, String rounding, String disclaimer) {

    /**
     * Copies the corrections.
     *
     * @param qtMs the measured QT interval, in ms
     * @param heartRateBpm the heart rate, in beats per minute
     * @param rrIntervalS the RR interval, in s
     * @param corrections the four corrections
     * @param unit always {@code ms}
     * @param rounding how the results were rounded
     * @param disclaimer the fixed disclaimer
     */
    public QtcResult {
        corrections = List.copyOf(corrections);
    }
}
