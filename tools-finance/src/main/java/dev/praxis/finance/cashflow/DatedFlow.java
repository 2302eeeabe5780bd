package dev.praxis.finance.cashflow;

import dev.praxis.tool.Param;

import java.math.BigDecimal;

/**
 * A dated cash flow as a tool receives it: the date stays text until the tool parses it, so that a bad date
 * is reported with its position ({@code flows[2].date}).
 *
 * @param date   ISO date, e.g. 2024-03-31
 * @param amount signed amount, negative when paid out
 */
public record DatedFlow(@Param("ISO-8601 date (YYYY-MM-DD)") String date,
                        @Param("Signed amount: negative when paid out, positive when received") BigDecimal amount) {
}
