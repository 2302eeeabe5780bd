/**
 * Money as a value: a {@link java.math.BigDecimal} amount with an ISO-4217 currency, rounded to the currency's
 * minor units with an explicit rounding mode.
 */
package dev.praxis.finance.money;
