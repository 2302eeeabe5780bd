package dev.praxis.healthcare.cardio;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;
import java.util.List;

/**
 * Heart-rate correction of the QT interval, with RR = 60 / heart rate in seconds. Framingham and Hodges are exact
 * in {@link BigDecimal}; Bazett's square root is a decimal square root; Fridericia's cube root goes through
 * {@code double}.
 *
 * <pre>{@code
 * QtCorrection.qtc(new BigDecimal("400"), new BigDecimal("75")).corrections().get(0).qtcMs();  // Bazett 447
 * }</pre>
 */
public final class QtCorrection {

    static final String BAZETT = "Bazett HC. An analysis of the time-relations of electrocardiograms. Heart "
            + "1920;7:353-370";
    static final String FRIDERICIA = "Fridericia LS. Die Systolendauer im Elektrokardiogramm bei normalen Menschen "
            + "und bei Herzkranken. Acta Med Scand 1920;53:469-486";
    static final String FRAMINGHAM = "Sagie A, Larson MG, Goldberg RJ, Bengtson JR, Levy D. An improved method for "
            + "adjusting the QT interval for heart rate (the Framingham Heart Study). Am J Cardiol 1992;70:797-801";
    static final String HODGES = "Hodges M, Salerno D, Erlien D. Bazett's QT correction reviewed: evidence that a "
            + "linear QT correction for heart rate is better. J Am Coll Cardiol 1983;1:694 (abstract)";

    private QtCorrection() {
    }

    /**
     * The four corrections of {@code qtMs} at {@code heartRateBpm}.
     *
     * @param qtMs measured QT interval in ms, 150 to 800
     * @param heartRateBpm heart rate in beats per minute, 20 to 300
     * @return Bazett, Fridericia, Framingham and Hodges
     */
    public static QtcResult qtc(BigDecimal qtMs, BigDecimal heartRateBpm) {
        Ranges.check("qt_ms", qtMs, "150", "800", "ms");
        Ranges.check("heart_rate_bpm", heartRateBpm, "20", "300", "bpm");
        BigDecimal rr = Decimals.divide(new BigDecimal("60"), heartRateBpm);
        BigDecimal bazett = Decimals.divide(qtMs, rr.sqrt(Decimals.MC));
        BigDecimal fridericia = Decimals.divide(qtMs, Decimals.pow(rr, 1.0 / 3.0));
        BigDecimal framingham = qtMs.add(new BigDecimal("154").multiply(BigDecimal.ONE.subtract(rr)));
        BigDecimal hodges = qtMs.add(new BigDecimal("1.75").multiply(heartRateBpm.subtract(new BigDecimal("60"))));
        List<QtcValue> corrections = List.of(
                new QtcValue("Bazett", Decimals.round(bazett, 0), "QT / RR^(1/2)", BAZETT),
                new QtcValue("Fridericia", Decimals.round(fridericia, 0), "QT / RR^(1/3)", FRIDERICIA),
                new QtcValue("Framingham", Decimals.round(framingham, 0), "QT + 154 ms × (1 − RR)", FRAMINGHAM),
                new QtcValue("Hodges", Decimals.round(hodges, 0), "QT + 1.75 ms × (heart rate − 60)", HODGES));
        return new QtcResult(qtMs, heartRateBpm, Decimals.round(rr, 4), corrections, "ms",
                "half-up to a whole ms; RR = 60 / heart rate in s", Disclaimer.TEXT);
    }
}
