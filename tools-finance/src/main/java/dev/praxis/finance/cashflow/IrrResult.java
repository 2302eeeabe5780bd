package dev.praxis.finance.cashflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The internal rate of return of a series of cash flows.
 *
 * @param ratePercent           the rate that zeroes the NPV, in percent per period (per year for XIRR);
 *                              absent when none was found
 * @param converged             whether a root was found to full precision
 * @param iterations            Newton iterations of the final refinement
 * @param signChanges           how often the cash flows change sign; more than one allows several roots
 * @param multipleRootsPossible {@code signChanges > 1}
 * @param rootsFoundPercent     every root found between -99 % and 10000 %, ascending
 * @param warning               a warning for the reader, e.g. when several roots exist
 * @param method                how the rate was found and which root was chosen
 */
public record IrrResult(Optional<BigDecimal> ratePercent, boolean converged, int iterations, int signChanges,
                        boolean multipleRootsPossible, List<BigDecimal> rootsFoundPercent, Optional<String> warning,
                        String method) {

    /**
     * Copies the roots found.
     *
     * @param ratePercent the rate that zeroes the NPV, in percent per period (per year for XIRR);
     * @param converged whether a root was found to full precision
     * @param iterations Newton iterations of the final refinement
     * @param signChanges how often the cash flows change sign; more than one allows several roots
     * @param multipleRootsPossible {@code signChanges > 1}
     * @param rootsFoundPercent every root found between -99 % and 10000 %, ascending
     * @param warning a warning for the reader, e.g. when several roots exist
     * @param method how the rate was found and which root was chosen
     */
    public IrrResult {
        rootsFoundPercent = List.copyOf(rootsFoundPercent);
    }
}
