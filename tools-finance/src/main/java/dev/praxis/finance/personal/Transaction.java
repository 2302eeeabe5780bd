package dev.praxis.finance.personal;

import dev.praxis.tool.Param;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A bank or card transaction as a tool receives it. The date stays text until parsed, so that a bad date is
 * reported with its position ({@code transactions[4].date}).
 *
 * @param date        ISO date, e.g. 2024-03-31
 * @param description merchant or bank description, e.g. "NETFLIX.COM 866-579"
 * @param amount      signed amount: negative when spent, positive when received
 * @param currency    ISO-4217 code; USD when absent
 */
public record Transaction(@Param("Booking date (YYYY-MM-DD)") String date,
                          @Param("Description as on the statement") String description,
                          @Param("Signed amount: negative when money was spent, positive when received") BigDecimal amount,
                          @Param(value = "ISO-4217 currency; default USD", required = false) @Nullable String currency) {
}
