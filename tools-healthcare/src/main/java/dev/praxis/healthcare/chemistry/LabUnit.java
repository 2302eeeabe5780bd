package dev.praxis.healthcare.chemistry;

/** Units of {@code convert_lab_unit}; each analyte accepts two of them. */
public enum LabUnit {
    /** Milligrams per decilitre (for urea: mg/dL of urea nitrogen, BUN). */
    MG_DL("mg/dL"),
    /** Millimoles per litre. */
    MMOL_L("mmol/L"),
    /** Micromoles per litre. */
    UMOL_L("µmol/L"),
    /** HbA1c in NGSP/DCCT percent. */
    PERCENT("%"),
    /** HbA1c in IFCC millimoles per mole. */
    MMOL_MOL("mmol/mol");

    private final String symbol;

    LabUnit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * How the unit is written, e.g. {@code mg/dL}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }
}
