/**
 * Portfolio analytics: valuation of holdings at market prices in a base currency, performance metrics of a
 * return series (total return, CAGR, volatility, Sharpe, Sortino, max drawdown, beta) and value at risk by
 * three named methods. Every result states the conventions it used (annualisation factor, ddof, quantile
 * definition), because these metrics are only comparable when the conventions match.
 */
@NullMarked
package dev.praxis.finance.portfolio;

import org.jspecify.annotations.NullMarked;
