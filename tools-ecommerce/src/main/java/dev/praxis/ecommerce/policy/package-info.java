/**
 * Answers about store rules come from the published policy documents: {@link
 * dev.praxis.ecommerce.policy.PolicySearch} ranks their passages for a question so the assistant can quote
 * them instead of inventing a policy (Moffatt v. Air Canada, 2024 BCCRT 149).
 */
@NullMarked
package dev.praxis.ecommerce.policy;

import org.jspecify.annotations.NullMarked;
