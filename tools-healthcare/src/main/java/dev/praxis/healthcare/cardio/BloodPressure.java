package dev.praxis.healthcare.cardio;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;

/** Mean arterial pressure from systolic and diastolic pressure, exact in {@link BigDecimal}. */
public final class BloodPressure {

    static final String REFERENCE = "the one-third rule, diastolic + (systolic − diastolic) / 3; see Meaney E, Alva "
            + "F, Moguel R, Meaney A, Alva J, Webel R. Formula and nomogram for the sphygmomanometric calculation of "
            + "the mean arterial pressure. Heart 2000;84:64";

    private BloodPressure() {
    }

    /**
     * Mean arterial pressure: DBP + (SBP − DBP) / 3.
     *
     * @param systolicMmHg systolic pressure in mmHg, 40 to 300, above the diastolic
     * @param diastolicMmHg diastolic pressure in mmHg, 10 to 200
     * @return the estimate in mmHg
     */
    public static MeanArterialPressureResult meanArterialPressure(BigDecimal systolicMmHg, BigDecimal diastolicMmHg) {
        Ranges.check("systolic_mmhg", systolicMmHg, "40", "300", "mmHg");
        Ranges.check("diastolic_mmhg", diastolicMmHg, "10", "200", "mmHg");
        if (systolicMmHg.compareTo(diastolicMmHg) <= 0) {
            throw new IllegalArgumentException("systolic_mmhg must be above diastolic_mmhg, got "
                    + systolicMmHg.toPlainString() + " and " + diastolicMmHg.toPlainString() + " mmHg");
        }
        BigDecimal map = diastolicMmHg.add(Decimals.divide(systolicMmHg.subtract(diastolicMmHg), new BigDecimal("3")));
        return new MeanArterialPressureResult(Decimals.round(map, 1), "mmHg", systolicMmHg, diastolicMmHg,
                "Mean arterial pressure = diastolic + (systolic − diastolic) / 3", REFERENCE, "half-up to 1 decimal",
                Disclaimer.TEXT);
    }
}
