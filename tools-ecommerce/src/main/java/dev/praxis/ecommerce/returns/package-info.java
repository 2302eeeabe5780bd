/**
 * After-sales: {@link dev.praxis.ecommerce.returns.ReturnPolicy} decides per order line whether it can be
 * returned and how much is still refundable (windows counted from delivery, category exclusions, final sale,
 * the EU/UK statutory 14 days, earlier refunds), and {@link dev.praxis.ecommerce.returns.RefundService}
 * prepares and issues refunds under that same decision, with the same approval-token and idempotency
 * discipline as checkout: never above what the eligible lines can still refund, with the eligibility shown in
 * the preview.
 */
@NullMarked
package dev.praxis.ecommerce.returns;

import org.jspecify.annotations.NullMarked;
