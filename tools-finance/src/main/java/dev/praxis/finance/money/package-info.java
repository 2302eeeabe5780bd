/**
 * Money as a value: a {@link java.math.BigDecimal} amount with an ISO-4217 currency, rounded to the currency's
 * minor units with an explicit rounding mode.
 */
@NullMarked
package dev.praxis.finance.money;

import org.jspecify.annotations.NullMarked;
