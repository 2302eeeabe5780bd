/**
 * After-sales: {@link dev.praxis.ecommerce.returns.ReturnPolicy} decides per order line whether it can be
 * returned (windows counted from delivery, category exclusions, final sale, the EU/UK statutory 14 days), and
 * {@link dev.praxis.ecommerce.returns.RefundService} prepares and issues refunds with the same approval-token
 * and idempotency discipline as checkout, never above the refundable balance.
 */
package dev.praxis.ecommerce.returns;
