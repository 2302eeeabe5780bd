package dev.praxis.ecommerce.catalog;

import java.util.List;

/** The store policy documents of the demo catalogue (original text, consistent with the policy engine). */
final class StorePolicies {

    private StorePolicies() {
    }

    static List<PolicyDocument> documents() {
        return List.of(
                new PolicyDocument("returns", "Returns and refunds",
                        "You can return most items within 30 days of delivery for a refund to the original "
                                + "payment method. Electronics can be returned within 15 days of delivery. The return "
                                + "window is counted in calendar days from the delivery date; the last day is included. "
                                + "Items marked final sale (clearance) cannot be returned. Gift cards and personal care "
                                + "products (sunscreen, toothbrushes) cannot be returned for hygiene and fraud reasons. "
                                + "Customers in the European Union and the United Kingdom always have at least the "
                                + "statutory 14-day right of withdrawal from delivery, including on final sale items. A "
                                + "return refunds what was paid for the item, after discounts and with tax; shipping costs "
                                + "are refunded only when an order is cancelled. Refunds never exceed the amount paid for "
                                + "the order."),
                new PolicyDocument("shipping", "Shipping options and costs",
                        "Standard shipping within the United States costs 5.99 and takes 3 to 6 business days; it "
                                + "is free on orders of 75.00 or more after discounts. Express shipping costs 14.99 and "
                                + "takes 1 to 2 business days. International standard shipping costs 24.99 and takes 7 to "
                                + "14 business days; express is not available abroad. We ship to the 50 United States and "
                                + "the District of Columbia, the United Kingdom, Germany and France; we cannot ship to US "
                                + "territories, military (APO/FPO) addresses or other countries. Orders ship from our "
                                + "warehouse within one business day and every shipment has a tracking number."),
                new PolicyDocument("cancellation", "Cancelling an order",
                        "An order can be cancelled free of charge until it enters fulfilment (picking and packing "
                                + "in the warehouse). Once fulfilment has started the order cannot be cancelled; return it "
                                + "after delivery instead. Cancelled orders are refunded in full, shipping included."),
                new PolicyDocument("price-and-tax", "Prices, discounts and sales tax",
                        "Prices are in US dollars. One discount code that is not combinable can be used per order; "
                                + "combinable codes stack and are applied in order of priority, each on the amount "
                                + "left after the previous one. Codes have an expiry date and some need a minimum "
                                + "subtotal. Sales tax is charged on the discounted price of items according to the "
                                + "destination state or country; shipping is not taxed."),
                new PolicyDocument("warranty", "Warranty",
                        "Electronics and kitchen appliances carry a two-year limited warranty against defects in "
                                + "materials and workmanship. Contact customer service with your order number; we "
                                + "repair or replace the item. Damage from misuse is not covered."),
                new PolicyDocument("privacy", "Privacy and account security",
                        "We never ask for your password or full card number in chat. Shopping assistants can see "
                                + "your cart and orders but cannot change payment details. Refunds and orders always "
                                + "need your explicit confirmation."));
    }
}
