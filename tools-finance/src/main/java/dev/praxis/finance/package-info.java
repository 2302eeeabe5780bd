/**
 * Praxis finance tool pack: calculators that are exact to the cent, portfolio analytics, market data behind a
 * provider interface, personal-finance rules and two-step paper trading. {@link dev.praxis.finance.FinancePack}
 * registers every tool with one call:
 *
 * <pre>{@code
 * ToolBox box = ToolBox.of(FinancePack.tools());
 * box.call("loan_payment", "{\"principal\": 250000, \"annual_rate\": 6.5, \"term_months\": 360}", ToolContext.standalone());
 * }</pre>
 *
 * <p>Conventions across the pack: rates are percent numbers (6.5 means 6.5 %); money is {@code BigDecimal}
 * with an ISO-4217 currency, computed in DECIMAL128 and rounded to minor units half-up; signs follow the
 * spreadsheet convention where a tool says so (money paid out is negative).
 */
@NullMarked
package dev.praxis.finance;

import org.jspecify.annotations.NullMarked;
