/**
 * Drug–drug interaction and drug–allergy checks from a small curated table with its published source; what the
 * table does not list is not known to be safe, and every result says so.
 */
@NullMarked
package dev.praxis.healthcare.interaction;

import org.jspecify.annotations.NullMarked;
