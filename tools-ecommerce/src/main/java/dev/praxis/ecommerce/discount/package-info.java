/**
 * Discount codes and the rules for stacking them: expiry, minimum subtotal, category scope, combinability and
 * priority. {@link dev.praxis.ecommerce.discount.DiscountEngine} applies codes in priority order, each on what
 * the previous left, and allocates every discount across cart lines so the allocations sum exactly to it.
 */
@NullMarked
package dev.praxis.ecommerce.discount;

import org.jspecify.annotations.NullMarked;
