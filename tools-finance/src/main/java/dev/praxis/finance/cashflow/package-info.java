/**
 * Time value of money and discounted cash flows: future and present value, NPV (both timing conventions),
 * IRR, XNPV/XIRR (actual/365 from the first date), effective annual rate and CAGR. {@link
 * dev.praxis.finance.cashflow.TimeValue}, {@link dev.praxis.finance.cashflow.CashFlows} and {@link
 * dev.praxis.finance.cashflow.Growth} hold the maths in {@code BigDecimal} (DECIMAL128);
 * {@link dev.praxis.finance.cashflow.CashFlowTools} exposes it to agents with rates in percent.
 *
 * <p>Sign convention (spreadsheets, numpy-financial): money paid out is negative, money received positive.
 */
@NullMarked
package dev.praxis.finance.cashflow;

import org.jspecify.annotations.NullMarked;
