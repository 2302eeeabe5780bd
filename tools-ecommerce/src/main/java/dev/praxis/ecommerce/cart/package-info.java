/**
 * Shopping carts: lines of variant SKUs with quantities checked against live stock, and the discount codes
 * the shopper entered. Carts belong to the session that created them; every change bumps the cart's version.
 */
@NullMarked
package dev.praxis.ecommerce.cart;

import org.jspecify.annotations.NullMarked;
