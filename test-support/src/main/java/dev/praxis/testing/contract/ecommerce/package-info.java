/**
 * The e-commerce pack's contract suites: {@link dev.praxis.testing.contract.ecommerce.ProductRepositoryContract} for a
 * catalogue, {@link dev.praxis.testing.contract.ecommerce.ShopRecordsContract} for the store behind the pack's carts,
 * orders and refunds. Needs {@code praxis-tools-ecommerce} on the test class path (test support does not bring it).
 */
@NullMarked
package dev.praxis.testing.contract.ecommerce;

import org.jspecify.annotations.NullMarked;
