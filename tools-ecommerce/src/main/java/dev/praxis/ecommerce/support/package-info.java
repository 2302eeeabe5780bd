/** Hand-off to a human agent: the escalation path when the assistant must not or cannot act. */
@NullMarked
package dev.praxis.ecommerce.support;

import org.jspecify.annotations.NullMarked;
