package dev.praxis.finance.portfolio;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;
import java.util.List;

import static dev.praxis.finance.internal.DecimalMath.MC;

/** Sample statistics of a return series in DECIMAL128: mean, sample variance (ddof = 1), covariance. */
final class ReturnStatistics {

    private ReturnStatistics() {
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC))
                .divide(BigDecimal.valueOf(values.size()), MC);
    }

    /** Sample covariance with ddof = 1; needs two values or more. */
    static BigDecimal covariance(List<BigDecimal> a, List<BigDecimal> b) {
        BigDecimal meanA = mean(a);
        BigDecimal meanB = mean(b);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < a.size(); i++) {
            sum = sum.add(a.get(i).subtract(meanA, MC).multiply(b.get(i).subtract(meanB, MC), MC), MC);
        }
        return sum.divide(BigDecimal.valueOf(a.size() - 1L), MC);
    }

    /** Sample standard deviation with ddof = 1. */
    static BigDecimal standardDeviation(List<BigDecimal> values) {
        return DecimalMath.sqrt(covariance(values, values));
    }
}
