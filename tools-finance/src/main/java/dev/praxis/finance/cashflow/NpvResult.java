package dev.praxis.finance.cashflow;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Result of {@code npv} and {@code xnpv}.
 *
 * @param npv         net present value, rounded to the currency's minor units (2 decimals without currency)
 * @param currency    the currency of the flows, when given
 * @param ratePercent discount rate per period (per year for XNPV), in percent
 * @param convention  where the first flow sits in time, or the day count for dated flows
 * @param flows       how many flows were discounted
 */
public record NpvResult(BigDecimal npv, Optional<String> currency, BigDecimal ratePercent, String convention,
                        int flows) {
}
