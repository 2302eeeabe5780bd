package dev.praxis.healthcare.chemistry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.praxis.healthcare.PublishedValues.assertAgrees;

/**
 * Chemistry tools against values PUBLISHED by others, none computed by us; the last column names the source, and
 * each value is written with the decimals its source prints (see {@link dev.praxis.healthcare.PublishedValues}).
 * Our own computed values, and the table quoted from memory, stay in {@link ChemistryReferenceTest}.
 *
 * <p>Sources:
 * <ul>
 *   <li>HbA1c: the DCCT-aligned % to IFCC mmol/mol table of blog.diploma-msc.com/change-of-hba1c-units-to-mmolmol/;
 *       its row 7.5 % = 59 is left out: the master
 *       equation the page itself quotes gives 10.929 × (7.5 − 2.15) = 58.47, so 58 (see docs/healthcare.md).
 *       5.7 % = 39 mmol/mol: droracle.ai/articles/23890.</li>
 *   <li>Glucose: the quick reference table of droracle.ai/articles/472090 (mg/dL to mmol/L, 1 decimal);
 *       8 mmol/L = 144 mg/dL: 222health.com/conditions-treatments/diabetes/130416.html.</li>
 *   <li>Cholesterol: onlycalculators.com/health/metabolic-disorders/cholesterol-units-converter (200 mg/dL = 5.17);
 *       fatfreekitchen.com/cholesterol/cholesterol_units.html (total 5.30 mmol/L = 205 mg/dL and back, HDL 0.9 = 35,
 *       LDL 3.5 = 135).</li>
 *   <li>Creatinine and urea: github.com/johnasher/transplantr, tests/testthat/test_units.R (commit 15e17102).</li>
 *   <li>Anion gap: labvaluesfornurses.examzify.com question 5985fdbbaaa4bb77 (140, 106, 20: 14);
 *       vimatics.com/usmle/OneLiner_987 (138, 103, 8: 27). Corrected calcium:
 *       theprimecalculator.com/de/health/corrected-calcium/formula (8.5 mg/dL, albumin 3.0 g/dL: 9.3).</li>
 * </ul>
 */
class PublishedReferenceValuesTest {

    @ParameterizedTest(name = "HbA1c {0} % -> {1} mmol/mol [{2}]")
    @CsvSource(delimiter = '|', value = {
            "4.0  | 20  | blog.diploma-msc.com HbA1c table",
            "5.0  | 31  | blog.diploma-msc.com HbA1c table",
            "5.7  | 39  | droracle.ai/articles/23890",
            "6.0  | 42  | blog.diploma-msc.com HbA1c table",
            "6.5  | 48  | blog.diploma-msc.com HbA1c table",
            "7.0  | 53  | blog.diploma-msc.com HbA1c table",
            "8.0  | 64  | blog.diploma-msc.com HbA1c table",
            "9.0  | 75  | blog.diploma-msc.com HbA1c table",
            "10.0 | 86  | blog.diploma-msc.com HbA1c table",
            "11.0 | 97  | blog.diploma-msc.com HbA1c table",
            "12.0 | 108 | blog.diploma-msc.com HbA1c table",
            "13.0 | 119 | blog.diploma-msc.com HbA1c table",
            "14.0 | 130 | blog.diploma-msc.com HbA1c table",
            "15.0 | 140 | blog.diploma-msc.com HbA1c table",
    })
    void hba1cAgreesWithThePublishedTableBothWays(BigDecimal percent, BigDecimal mmolMol, String source) {
        assertAgrees(LabUnits.convert(Analyte.HBA1C, percent, LabUnit.PERCENT).converted(), mmolMol.toPlainString(),
                source);
        // read the other way, the table's whole mmol/mol must give back its % to 1 decimal
        assertAgrees(LabUnits.convert(Analyte.HBA1C, mmolMol, LabUnit.MMOL_MOL).converted(), percent.toPlainString(),
                source + ", read backwards");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} [{4}]")
    @CsvSource(delimiter = '|', value = {
            "GLUCOSE     | 70   | MG_DL  | 3.9  | droracle.ai/articles/472090 table",
            "GLUCOSE     | 100  | MG_DL  | 5.6  | droracle.ai/articles/472090 table",
            "GLUCOSE     | 126  | MG_DL  | 7.0  | droracle.ai/articles/472090 table",
            "GLUCOSE     | 140  | MG_DL  | 7.8  | droracle.ai/articles/472090 table",
            "GLUCOSE     | 180  | MG_DL  | 10.0 | droracle.ai/articles/472090 table",
            "GLUCOSE     | 200  | MG_DL  | 11.1 | droracle.ai/articles/472090 table",
            "GLUCOSE     | 250  | MG_DL  | 13.9 | droracle.ai/articles/472090 table",
            "GLUCOSE     | 300  | MG_DL  | 16.7 | droracle.ai/articles/472090 table",
            "GLUCOSE     | 8    | MMOL_L | 144  | 222health.com diabetes/130416, step 3",
            "CHOLESTEROL | 200  | MG_DL  | 5.17 | onlycalculators.com cholesterol-units-converter",
            "CHOLESTEROL | 5.30 | MMOL_L | 205  | fatfreekitchen.com cholesterol_units, total",
            "CHOLESTEROL | 205  | MG_DL  | 5.3  | fatfreekitchen.com cholesterol_units, total",
            "CHOLESTEROL | 0.9  | MMOL_L | 35   | fatfreekitchen.com cholesterol_units, HDL",
            "CHOLESTEROL | 3.5  | MMOL_L | 135  | fatfreekitchen.com cholesterol_units, LDL",
            "CREATININE  | 270  | UMOL_L | 3.1  | transplantr test_units.R, creatinine_to_US",
            "CREATININE  | 3.5  | MG_DL  | 309  | transplantr test_units.R, creatinine_to_SI",
            "UREA        | 12   | MG_DL  | 4.3  | transplantr test_units.R, bun_to_urea",
            "UREA        | 3.2  | MMOL_L | 9.0  | transplantr test_units.R, urea_to_bun",
    })
    void unitConversionAgreesWithPublishedValues(Analyte analyte, BigDecimal value, LabUnit from, String published,
                                                 String source) {
        assertAgrees(LabUnits.convert(analyte, value, from).converted(), published, source);
    }

    @ParameterizedTest(name = "anion gap: Na {0}, Cl {1}, HCO3 {2} -> {3} [{4}]")
    @CsvSource(delimiter = '|', value = {
            "140 | 106 | 20 | 14 | labvaluesfornurses.examzify.com, Na 140 Cl 106 HCO3 20",
            "138 | 103 | 8  | 27 | vimatics.com/usmle/OneLiner_987",
    })
    void anionGapAgreesWithPublishedExamples(BigDecimal sodium, BigDecimal chloride, BigDecimal bicarbonate,
                                             String published, String source) {
        assertAgrees(Chemistry.anionGap(sodium, chloride, bicarbonate, null).anionGap(), published, source);
    }

    @ParameterizedTest(name = "corrected calcium: Ca {0} mg/dL, albumin {1} g/dL -> {2} [{3}]")
    @CsvSource(delimiter = '|', value = {
            "8.5 | 3.0 | 9.3 | theprimecalculator.com/de/health/corrected-calcium/formula, worked example",
    })
    void correctedCalciumAgreesWithAPublishedExample(BigDecimal calcium, BigDecimal albumin, String published,
                                                     String source) {
        assertAgrees(Chemistry.correctedCalcium(calcium, albumin, null).correctedCalcium(), published, source);
    }
}
