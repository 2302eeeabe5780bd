package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

import java.time.LocalDate;

/**
 * A transaction with its category and the rule that assigned it.
 *
 * @param index       position in the input list
 * @param date        booking date
 * @param description description as given
 * @param amount      signed amount
 * @param category    assigned category
 * @param rule        why: the keyword that matched, or that none did
 */
public record Categorized(int index, LocalDate date, String description, Money amount, String category,
                          String rule) {
}
