/**
 * The product catalogue: products with variants (the SKU is what goes into a cart), reviews, store policy
 * documents, and {@link dev.praxis.ecommerce.catalog.ProductRepository} with an in-memory default loaded from
 * the embedded resource and a plain-JDBC implementation. Merchant and customer text is wrapped as
 * {@link dev.praxis.ecommerce.catalog.UntrustedText} before it reaches a model.
 */
@NullMarked
package dev.praxis.ecommerce.catalog;

import org.jspecify.annotations.NullMarked;
