package dev.praxis.ecommerce;

import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartLine;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.Variant;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Approval summaries of the cart and order tools that have no preview of their own: what changes, in the words
 * and figures a person checks (titles, SKUs, quantities, amounts with currency), and whether it can be undone.
 */
final class ApprovalSummaries {

    static final String REVERSIBLE = "Can be undone: the cart can be changed again until checkout";

    private ApprovalSummaries() {
    }

    static String text(Money money) {
        return money.amount() + " " + money.currency().getCurrencyCode();
    }

    static ApprovalSummary cartChange(String title, String... details) {
        List<String> lines = new ArrayList<>(List.of(details));
        lines.add(REVERSIBLE);
        return new ApprovalSummary(title, lines, Optional.empty());
    }

    static ApprovalSummary added(String cartId, Optional<Product> product, String sku, int quantity) {
        Optional<Variant> variant = product.flatMap(p -> p.variant(sku));
        if (variant.isEmpty()) {
            return cartChange("Add " + quantity + " x SKU " + sku + " to cart " + cartId,
                    "SKU " + sku + " is not in the catalogue: the call will be refused");
        }
        Money unit = variant.get().price();
        return cartChange("Add " + quantity + " x " + product.get().title() + " to cart " + cartId + ": "
                + text(unit.times(quantity)), "SKU " + sku + " " + variant.get().options() + " at " + text(unit) + " each");
    }

    static ApprovalSummary lineChange(Cart cart, String lineId, int quantity) {
        Optional<CartLine> line = cart.lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst();
        if (line.isEmpty()) {
            return cartChange("Change line " + lineId + " of cart " + cart.id(),
                    "Line " + lineId + " is not in the cart: the call will be refused");
        }
        CartLine l = line.get();
        String item = l.title() + " (SKU " + l.sku() + ", line " + lineId + ")";
        if (quantity == 0) {
            return cartChange("Remove " + item + " from cart " + cart.id(), "Was " + l.quantity() + " x "
                    + text(l.unitPrice()) + " = " + text(l.amount()));
        }
        return cartChange("Change " + item + " in cart " + cart.id() + " from " + l.quantity() + " to " + quantity,
                "Line amount " + text(l.amount()) + " becomes " + text(l.unitPrice().times(quantity)));
    }

    static ApprovalSummary cancellation(Order order, String reason) {
        List<String> details = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            details.add(line.quantity() + " x " + line.title() + " (SKU " + line.sku() + "): " + "paid " + text(line.paid()));
        }
        details.add("Refund in full to the original payment method: " + text(order.refundableBalance()));
        details.add("Reason: " + reason);
        details.add("Status now: " + order.status() + "; only an order not yet in fulfilment (PLACED) can be cancelled");
        details.add("Cannot be undone: a cancelled order cannot be reopened");
        return new ApprovalSummary("Cancel order " + order.id() + " and refund " + text(order.refundableBalance()),
                details, Optional.empty());
    }
}
