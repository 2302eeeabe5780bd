package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

/**
 * Totals of one group of a spending summary, in one currency.
 *
 * @param key      the category, month (YYYY-MM) or merchant
 * @param spent    money spent, as a positive amount
 * @param received money received
 * @param net      received − spent
 * @param count    number of transactions
 */
public record SpendingGroup(String key, Money spent, Money received, Money net, int count) {
}
