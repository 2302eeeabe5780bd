package dev.praxis.ecommerce.shipping;

import dev.praxis.ecommerce.money.Money;

/**
 * A way to ship a cart and its price.
 *
 * @param option  option id to pass to checkout: {@code standard} or {@code express}
 * @param service carrier service name
 * @param cost    price for this cart (zero when the free-shipping threshold is met)
 * @param minDays fewest business days to delivery
 * @param maxDays most business days to delivery
 */
public record ShippingQuote(String option, String service, Money cost, int minDays, int maxDays) {
}
