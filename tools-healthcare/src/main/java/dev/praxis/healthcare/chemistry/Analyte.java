package dev.praxis.healthcare.chemistry;

/** The analytes {@code convert_lab_unit} converts. */
public enum Analyte {
    /** Glucose: mg/dL and mmol/L. */
    GLUCOSE,
    /** Total, HDL or LDL cholesterol: mg/dL and mmol/L. */
    CHOLESTEROL,
    /** Triglycerides: mg/dL and mmol/L. */
    TRIGLYCERIDES,
    /** Creatinine: mg/dL and µmol/L. */
    CREATININE,
    /** Blood urea nitrogen in mg/dL and urea in mmol/L. */
    UREA,
    /** Hemoglobin A1c: NGSP/DCCT percent and IFCC mmol/mol. */
    HBA1C
}
