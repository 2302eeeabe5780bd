/**
 * Code the healthcare calculators share but that is not API: the range checks that name the parameter and its
 * valid range, the conversion of those errors into tool errors, decimal helpers and the fixed disclaimer. Never
 * returned from a public method; may change without notice.
 */
@NullMarked
package dev.praxis.healthcare.internal;

import org.jspecify.annotations.NullMarked;
