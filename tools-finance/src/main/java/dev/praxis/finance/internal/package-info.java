/**
 * Decimal arithmetic shared by the finance packages: powers with fractional exponents, logarithms and
 * exponentials in {@link java.math.BigDecimal}, percent conversion. Public only so that the sibling packages
 * can use it; not part of the API and never returned from a public method.
 */
@NullMarked
package dev.praxis.finance.internal;

import org.jspecify.annotations.NullMarked;
