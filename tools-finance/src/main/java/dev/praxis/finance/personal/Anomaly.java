package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

import java.time.LocalDate;

/**
 * A transaction flagged by a rule, with the reason in words.
 *
 * @param index       position in the input list
 * @param date        booking date
 * @param description description as given
 * @param amount      signed amount
 * @param rule        the rule that fired
 * @param reason      the evidence, e.g. "same merchant and amount as transactions[3] one day earlier"
 */
public record Anomaly(int index, LocalDate date, String description, Money amount, AnomalyRule rule, String reason) {
}
