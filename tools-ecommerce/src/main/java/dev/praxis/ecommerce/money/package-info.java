/**
 * Exact money: {@link dev.praxis.ecommerce.money.Money} holds whole minor units (cents, yen, fils) and an
 * ISO-4217 currency whose exponent decides how amounts are written; allocation by largest remainder keeps
 * split amounts summing exactly to the whole.
 */
@NullMarked
package dev.praxis.ecommerce.money;

import org.jspecify.annotations.NullMarked;
