/**
 * Amortising loans: the level payment ({@code loan_payment}) and the month-by-month schedule
 * ({@code amortization_schedule}). {@link dev.praxis.finance.loan.Loans} holds the maths;
 * {@link dev.praxis.finance.loan.LoanTools} exposes it to agents. Rates are annual percentages (6.5 means
 * 6.5 %), compounded monthly; money figures are rounded to cents half-up, and the last payment absorbs the
 * rounding residual so the principal column sums exactly to the loan.
 */
@NullMarked
package dev.praxis.finance.loan;

import org.jspecify.annotations.NullMarked;
