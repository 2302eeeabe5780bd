/**
 * The e-commerce tool pack: {@link dev.praxis.ecommerce.EcommercePack} wires catalogue, search, carts,
 * checkout, orders and after-sales into agent tools with one call. Sub-packages hold the domain, one concept
 * each; the tool classes here only translate between JSON arguments and the domain.
 */
@NullMarked
package dev.praxis.ecommerce;

import org.jspecify.annotations.NullMarked;
