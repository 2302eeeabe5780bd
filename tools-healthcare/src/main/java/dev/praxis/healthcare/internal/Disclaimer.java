package dev.praxis.healthcare.internal;

/** The fixed disclaimer every healthcare result carries. */
public final class Disclaimer {

    /** The text: information only, not a diagnosis, not a prescription. */
    public static final String TEXT = "Calculated from the values given, with the formula named; for information "
            + "only. Not a diagnosis or a prescription: a qualified clinician must check inputs and results before "
            + "any clinical decision.";

    private Disclaimer() {
    }
}
