/** Hand-off to a human agent: the escalation path when the assistant must not or cannot act. */
package dev.praxis.ecommerce.support;
