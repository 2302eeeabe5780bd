package dev.praxis.finance.portfolio;

import dev.praxis.tool.Param;

import java.math.BigDecimal;

/**
 * One position of a parametric portfolio VaR.
 *
 * @param value           current value of the position
 * @param dailyVolatility daily volatility of its returns in percent, e.g. 2
 */
public record VarPosition(@Param(value = "Current value of the position", min = "0.01") BigDecimal value,
                          @Param(value = "Daily volatility in percent, e.g. 2", min = "0") BigDecimal dailyVolatility) {
}
