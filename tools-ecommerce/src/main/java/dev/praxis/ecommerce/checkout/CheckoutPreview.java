package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.shipping.Address;

import java.time.Instant;

/**
 * What the shopper must see and approve before an order is placed, and the token that carries the approval.
 *
 * @param checkoutId    id of this checkout
 * @param cartId        cart being bought
 * @param cartVersion   version of the cart that was priced
 * @param shipTo        destination
 * @param price         the exact price breakdown
 * @param previewHash   SHA-256 of the canonical preview (cart id and version, address, every price)
 * @param approvalToken pass to place_order once the shopper approves; valid for this exact preview only
 * @param expiresAt     when the token stops working
 * @param nextStep      what the assistant must do next
 */
public record CheckoutPreview(String checkoutId, String cartId, long cartVersion, Address shipTo, PriceBreakdown price,
                              String previewHash, String approvalToken, Instant expiresAt, String nextStep) {
}
