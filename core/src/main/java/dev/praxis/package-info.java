/**
 * Praxis: domain-specific AI agents on open models. The root package holds only the exception root;
 * concepts live in {@code agent}, {@code tool}, {@code approval}, {@code memory}, {@code model} and
 * {@code event}.
 */
@NullMarked
package dev.praxis;

import org.jspecify.annotations.NullMarked;
