package dev.praxis.healthcare.cardio;

import dev.praxis.healthcare.body.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import static dev.praxis.healthcare.PublishedValues.assertAgrees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cardiovascular tools against values PUBLISHED by others, none computed by us; the last column names the source,
 * and each value is written with the decimals its source prints (see {@link dev.praxis.healthcare.PublishedValues}).
 * Our own computed values stay in {@link CardioReferenceTest}.
 *
 * <p>Sources:
 * <ul>
 *   <li>mannd/QTc: github.com/mannd/QTc, CommonTests/QTc_iOSTests.swift (commit 06f08300), the QTc library of the
 *       EP Mobile app: its table {@code qtcMultipleTable} (QTc by Bazett, Fridericia, Framingham and Hodges at four
 *       heart rates, to 0.1 ms; the 132 bpm row prints 303 and 345, asserted there within 0.1 ms, so written 303.0
 *       and 345.0 here), its single Bazett/Fridericia checks (456 ms at 77 bpm; 369 ms at RR 600 ms = 100 bpm),
 *       and {@code qtcBztTable}, three Bazett results of the online calculator at medcalc.com/qtc.html, given with
 *       the RR interval; we pass the heart rate 60 000 / RR to 16 digits.</li>
 *   <li>admiral: github.com/pharmaverse/admiral (commit 6eb5125a), tests/testthat/test-derive_param_map.R Tests 1-2
 *       (to 3 decimals).</li>
 *   <li>Worked examples: askvity.info/blood-pressure-calculation/how-to-calculate-mean-blood-pressure (120/80);
 *       lawyerfree.ru/health/Mean-Arterial-Pressure-Calculator-742.html (120/90); en.wikipedia.org/wiki/
 *       Mean_arterial_pressure (100/70); cravencountryjamboree.com/lifehacks/
 *       what-is-mean-arterial-pressure-give-its-formula/ (83/50).</li>
 *   <li>CHA₂DS₂-VASc: droracle.ai/articles/545150 (72-year-old woman with hypertension and diabetes: 4);
 *       medigyaan.com/CHA2DS2-VASc.html (every item: 9). HAS-BLED: makindo.co.uk/topics/1113.php ("Maximum Possible
 *       Score is 9").</li>
 * </ul>
 */
class PublishedReferenceValuesTest {

    @ParameterizedTest(name = "QTc: QT {1} ms at {0} bpm -> {2}/{3}/{4}/{5} [mannd/QTc qtcMultipleTable]")
    @CsvSource({
            "88,  278, 336.7, 315.9, 327.0, 327.0",
            "112, 334, 456.3, 411.2, 405.5, 425.0",
            "47,  402, 355.8, 370.6, 359.4, 379.3",
            "132, 219, 324.8, 284.8, 303.0, 345.0",
    })
    void fourCorrectionsAgreeWithThePublishedTable(BigDecimal heartRate, BigDecimal qt, String bazett,
                                                   String fridericia, String framingham, String hodges) {
        List<QtcValue> c = QtCorrection.qtc(qt, heartRate).corrections();

        String source = "mannd/QTc CommonTests/QTc_iOSTests.swift qtcMultipleTable";
        assertAgrees(c.get(0).qtcMs(), bazett, source + ", Bazett");
        assertAgrees(c.get(1).qtcMs(), fridericia, source + ", Fridericia");
        assertAgrees(c.get(2).qtcMs(), framingham, source + ", Framingham");
        assertAgrees(c.get(3).qtcMs(), hodges, source + ", Hodges");
    }

    @ParameterizedTest(name = "QTc: QT {1} ms at {0} bpm -> Bazett {2}, Fridericia {3} [mannd/QTc]")
    @CsvSource({
            "77,  456, 516.6, 495.5",
            "100, 369, 476.4, 437.5",  // published as RR 600 ms
    })
    void bazettAndFridericiaAgreeWithPublishedValues(BigDecimal heartRate, BigDecimal qt, String bazett,
                                                     String fridericia) {
        List<QtcValue> c = QtCorrection.qtc(qt, heartRate).corrections();

        assertAgrees(c.get(0).qtcMs(), bazett, "mannd/QTc testQTcFunctions, Bazett");
        assertAgrees(c.get(1).qtcMs(), fridericia, "mannd/QTc testQTcFunctions, Fridericia");
    }

    @ParameterizedTest(name = "QTc Bazett: QT {0} ms, RR {1} ms -> {2} [medcalc.com/qtc.html via mannd/QTc]")
    @CsvSource({"318, 1345, 274", "451, 878, 481", "333, 451, 496"})
    void bazettAgreesWithTheMedcalcCalculator(BigDecimal qt, BigDecimal rrMs, String bazett) {
        BigDecimal heartRate = new BigDecimal("60000").divide(rrMs, MathContext.DECIMAL64);

        assertAgrees(QtCorrection.qtc(qt, heartRate).corrections().get(0).qtcMs(), bazett,
                "medcalc.com/qtc.html, quoted in mannd/QTc qtcBztTable");
    }

    @ParameterizedTest(name = "MAP: {0}/{1} mmHg -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "121 | 51 | 74.333 | admiral test-derive_param_map.R Test 1",
            "141 | 61 | 87.667 | admiral test-derive_param_map.R Test 2",
            "120 | 80 | 93.33  | askvity.info how-to-calculate-mean-blood-pressure, example",
            "120 | 90 | 100    | lawyerfree.ru Mean-Arterial-Pressure-Calculator-742, example",
            "100 | 70 | 80     | en.wikipedia.org/wiki/Mean_arterial_pressure, Basic calculation",
            "83  | 50 | 61     | cravencountryjamboree.com what-is-mean-arterial-pressure-give-its-formula",
    })
    void meanArterialPressureAgreesWithPublishedValues(BigDecimal systolic, BigDecimal diastolic, String published,
                                                       String source) {
        assertAgrees(BloodPressure.meanArterialPressure(systolic, diastolic).meanArterialPressure(), published,
                source);
    }

    @Test
    void cha2ds2VascAgreesWithPublishedExamples() {
        // droracle.ai/articles/545150: 72-year-old woman, hypertension and diabetes: H 1 + D 1 + A 1 + Sc 1 = 4
        ScoreResult example = RiskScores.cha2ds2Vasc(72, Sex.FEMALE,
                new RiskScores.Cha2ds2VascFactors(false, true, true, false, false));
        // medigyaan.com/CHA2DS2-VASc.html: every item present, total 9 (A2 for age >= 75, so age 80)
        ScoreResult all = RiskScores.cha2ds2Vasc(80, Sex.FEMALE,
                new RiskScores.Cha2ds2VascFactors(true, true, true, true, true));

        assertThat(example.score()).isEqualTo(4);
        assertThat(all.score()).isEqualTo(9);
    }

    @Test
    void hasBledMaximumIsThePublishedNine() {
        // makindo.co.uk/topics/1113.php: nine items of one point each, "Maximum Possible Score is 9"
        ScoreResult all = RiskScores.hasBled(80,
                new RiskScores.HasBledFactors(true, true, true, true, true, true, true, true));

        assertThat(all.score()).isEqualTo(9);
        assertThat(all.maximum()).isEqualTo(9);
    }
}
