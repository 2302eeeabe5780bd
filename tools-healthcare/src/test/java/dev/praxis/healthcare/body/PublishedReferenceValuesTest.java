package dev.praxis.healthcare.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.praxis.healthcare.PublishedValues.assertAgrees;

/**
 * Body-measure tools against values PUBLISHED by others, none computed by us; the last column names the source, and
 * each value is written with the decimals its source prints (see {@link dev.praxis.healthcare.PublishedValues}). Our
 * own computed values stay in {@link BodyReferenceTest}.
 *
 * <p>Sources:
 * <ul>
 *   <li>admiral: github.com/pharmaverse/admiral (commit 6eb5125a), tests/testthat/test-derive_param_bmi.R Tests 1-2
 *       and tests/testthat/test-derive_param_bsa.R Tests 1-5 (results rounded to 3 decimals; its DuBois-DuBois is
 *       0.007184 × height^0.725 × weight^0.425, as ours).</li>
 *   <li>americanobesity.org/adultMeasurement.htm, the CDC's metric worked example (68 kg, 165 cm: 24.98).</li>
 *   <li>percentagecalculator.win/bmi-calculator, worked example.</li>
 *   <li>droracle.ai/articles/675301 ("recommended method to compute body surface area"), Mosteller example.</li>
 *   <li>worldlycalc.com/ideal-body-weight-calculator, Devine worked examples (5'10" male, 5'6" female); the male
 *       example is also theprimecalculator.com/health/ideal-weight-calculator/formula's. Heights are given in inches;
 *       we pass the exact centimetres (× 2.54).</li>
 * </ul>
 */
class PublishedReferenceValuesTest {

    @ParameterizedTest(name = "BMI: {0} kg, {1} cm -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "68  | 165 | 24.98  | americanobesity.org/adultMeasurement.htm, CDC metric example",
            "72  | 175 | 23.5   | percentagecalculator.win/bmi-calculator, worked example",
            "75  | 180 | 23.148 | admiral test-derive_param_bmi.R Test 1",
            "100 | 200 | 25.000 | admiral test-derive_param_bmi.R Test 2",
    })
    void bmiAgreesWithPublishedValues(BigDecimal weightKg, BigDecimal heightCm, String published, String source) {
        assertAgrees(BodyMeasures.bmi(weightKg, heightCm).bmi(), published, source);
    }

    @ParameterizedTest(name = "BSA Mosteller: {0} kg, {1} cm -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "75 | 170 | 1.882 | admiral test-derive_param_bsa.R Tests 1-2",
            "90 | 185 | 2.151 | admiral test-derive_param_bsa.R Test 2",
            "70 | 170 | 1.82  | droracle.ai/articles/675301, Mosteller example",
    })
    void mostellerAgreesWithPublishedValues(BigDecimal weightKg, BigDecimal heightCm, String published,
                                            String source) {
        assertAgrees(BodyMeasures.bodySurfaceArea(weightKg, heightCm).mosteller(), published, source);
    }

    @ParameterizedTest(name = "BSA Du Bois: {0} kg, {1} cm -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "75 | 170 | 1.864 | admiral test-derive_param_bsa.R Tests 4-5",
            "90 | 185 | 2.141 | admiral test-derive_param_bsa.R Test 5",
    })
    void duBoisAgreesWithPublishedValues(BigDecimal weightKg, BigDecimal heightCm, String published, String source) {
        assertAgrees(BodyMeasures.bodySurfaceArea(weightKg, heightCm).duBois(), published, source);
    }

    @ParameterizedTest(name = "IBW Devine: {0} cm, {1} -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "177.8  | MALE   | 73.0 | worldlycalc.com/ideal-body-weight-calculator, 5'10\" male",
            "167.64 | FEMALE | 59.3 | worldlycalc.com/ideal-body-weight-calculator, 5'6\" female",
    })
    void devineAgreesWithPublishedValues(BigDecimal heightCm, Sex sex, String published, String source) {
        assertAgrees(BodyMeasures.idealBodyWeight(heightCm, sex).idealBodyWeight(), published, source);
    }
}
