package dev.praxis.ecommerce;

import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartLine;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.catalog.UntrustedText;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.order.OrderStateMachine;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.ecommerce.order.TrackingEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes tools return (null fields are left out of the JSON). */
final class Views {

    private Views() {
    }

    record ProductSummary(String productId, String title, String brand, String category, Money priceFrom,
                          Money priceTo, boolean inStock, BigDecimal rating, int ratingCount, boolean finalSale,
                          Set<String> matchedBy, Double score) {
    }

    static ProductSummary summary(Product p, ProductRepository repo, Set<String> matchedBy, Double score) {
        boolean inStock = p.variants().stream().anyMatch(v -> repo.stock(v.sku()) > 0);
        return new ProductSummary(p.id(), UntrustedText.clean(p.title()), UntrustedText.clean(p.brand()), p.category(), p.minPrice(), p.maxPrice(), inStock,
                p.rating(), p.ratingCount(), p.finalSale(), matchedBy, score == null ? null : Math.round(score * 10000) / 10000.0);
    }

    record CartLineView(String lineId, String sku, String productId, String title, Map<String, String> options,
                        int quantity, Money unitPrice, Money amount) {
    }

    record CartView(String cartId, long version, String currency, List<CartLineView> lines, List<String> discountCodes,
                    Money itemsSubtotal, String note) {
    }

    static CartView cart(Cart cart) {
        List<CartLineView> lines = cart.lines().stream().map(l -> new CartLineView(l.lineId(), l.sku(), l.productId(),
                l.title(), l.options(), l.quantity(), l.unitPrice(), l.amount())).toList();
        Money subtotal = cart.lines().stream().map(CartLine::amount).reduce(Money.zero(cart.currency()), Money::plus);
        return new CartView(cart.id(), cart.version(), cart.currency().getCurrencyCode(), lines, cart.discountCodes(),
                subtotal, "Subtotal before discounts, shipping and tax: call price_cart for the full breakdown.");
    }

    record OrderView(String orderId, OrderStatus status, Instant placedAt, List<OrderLine> lines, String shippingOption,
                     Money shipping, Money total, Money refunded, Money refundableBalance, List<Refund> refunds,
                     String trackingNumber, LocalDate deliveredOn, boolean cancellable, Set<OrderStatus> nextStatuses) {
    }

    static OrderView order(Order o) {
        return new OrderView(o.id(), o.status(), o.placedAt(), o.lines(), o.shippingOption(), o.shipping(), o.total(),
                o.refunded(), o.refundableBalance(), o.refunds(), o.trackingNumber(), o.deliveredOn(),
                OrderStateMachine.allows(o.status(), OrderStatus.CANCELLED), OrderStateMachine.next(o.status()));
    }

    record OrderSummary(String orderId, OrderStatus status, Instant placedAt, int items, Money total, Money refunded) {
    }

    static OrderSummary orderSummary(Order o) {
        return new OrderSummary(o.id(), o.status(), o.placedAt(), o.lines().stream().mapToInt(OrderLine::quantity).sum(),
                o.total(), o.refunded());
    }

    record Tracking(String orderId, OrderStatus status, String carrier, String trackingNumber, List<TrackingEvent> events) {
    }
}
