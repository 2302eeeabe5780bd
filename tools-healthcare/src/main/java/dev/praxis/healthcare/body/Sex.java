package dev.praxis.healthcare.body;

/** Sex as the published equations use it (they were fitted on sex assigned at birth). */
public enum Sex {
    /** Female: the equations' female coefficients. */
    FEMALE,
    /** Male: the equations' male coefficients. */
    MALE
}
