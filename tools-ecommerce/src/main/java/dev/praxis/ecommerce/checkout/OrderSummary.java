package dev.praxis.ecommerce.checkout;

import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.discount.DiscountEngine;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.shipping.Address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The approval summary of {@code place_order}, written from the checkout preview the shopper saw. */
final class OrderSummary {

    private OrderSummary() {
    }

    /** The preview as lines a person reads; {@code problem}, when present, says why the call would be refused. */
    static ApprovalSummary of(CheckoutPreview preview, String problem) {
        PriceBreakdown price = preview.price();
        List<String> details = new ArrayList<>();
        if (problem != null) {
            details.add("WARNING: this call will be refused: " + problem);
        }
        for (PricedLine line : price.lines()) {
            details.add(line.quantity() + " x " + line.title() + " (SKU " + line.sku() + ") at " + text(line.unitPrice())
                    + " = " + text(line.subtotal()));
        }
        for (DiscountEngine.Applied discount : price.discounts()) {
            details.add("Discount " + discount.code() + ": -" + text(discount.amount()));
        }
        details.add("Shipping (" + price.shippingOption() + "): " + text(price.shipping()));
        for (PriceBreakdown.TaxLine tax : price.taxLines()) {
            details.add("Tax " + tax.jurisdiction() + " " + tax.ratePercent().stripTrailingZeros().toPlainString()
                    + " %: " + text(tax.amount()));
        }
        details.add("Total: " + text(price.total()));
        details.add("Ship to: " + address(preview.shipTo()));
        details.add("Payment: the shopper's payment method on file (the assistant never sees or changes it)");
        details.add("Cannot be undone once placed, except by cancelling before the order is processed");
        price.notes().forEach(note -> details.add("Note: " + note));
        return new ApprovalSummary("Place order " + preview.checkoutId() + " for cart " + preview.cartId() + ": "
                + text(price.total()), details, Optional.of(preview.expiresAt()));
    }

    static String text(Money money) {
        return money.amount() + " " + money.currency().getCurrencyCode();
    }

    static String address(Address a) {
        return a.name() + ", " + a.line1() + ", " + a.city() + (a.region() == null ? "" : " " + a.region()) + " "
                + a.postalCode() + ", " + a.country();
    }
}
