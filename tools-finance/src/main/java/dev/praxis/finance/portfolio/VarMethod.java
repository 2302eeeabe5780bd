package dev.praxis.finance.portfolio;

/** How value at risk is estimated; named in every result because the methods give different numbers. */
public enum VarMethod {
    /**
     * The k-th worst loss of N historical scenarios with k = ceil(N × (1 − confidence)): Hull's definition
     * (500 scenarios at 99 % gives the 5th worst).
     */
    HISTORICAL_KTH_WORST,
    /** The (1 − confidence) quantile of returns with linear interpolation (numpy's percentile, empyrical). */
    HISTORICAL_INTERPOLATED,
    /** Normal model with zero mean: z(confidence) × σ × √horizon × position (Hull's model-building approach). */
    PARAMETRIC
}
