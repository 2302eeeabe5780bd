/**
 * Where orders go and what it costs to get them there: {@link dev.praxis.ecommerce.shipping.Address} (checked
 * against the places the store ships to: the 50 US states and DC, GB, DE, FR) and
 * {@link dev.praxis.ecommerce.shipping.ShippingRates} (standard, express, international, free-shipping
 * threshold), matching the store's published shipping policy.
 */
@NullMarked
package dev.praxis.ecommerce.shipping;

import org.jspecify.annotations.NullMarked;
