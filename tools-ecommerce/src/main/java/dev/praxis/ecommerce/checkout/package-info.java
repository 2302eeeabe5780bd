/**
 * Pricing and checkout: {@link dev.praxis.ecommerce.checkout.CartPricer} turns a cart into an exact
 * {@link dev.praxis.ecommerce.checkout.PriceBreakdown} (lines, discounts, shipping, tax, total);
 * {@link dev.praxis.ecommerce.checkout.CheckoutService} previews a checkout with an approval token bound to the
 * hash of that exact preview, and places the order only with a valid, unexpired token whose preview still
 * matches the cart, once per idempotency key.
 */
@NullMarked
package dev.praxis.ecommerce.checkout;

import org.jspecify.annotations.NullMarked;
