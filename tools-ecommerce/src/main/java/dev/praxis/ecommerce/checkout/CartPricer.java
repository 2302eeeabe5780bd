package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartLine;
import dev.praxis.ecommerce.discount.DiscountCode;
import dev.praxis.ecommerce.discount.DiscountCodes;
import dev.praxis.ecommerce.discount.DiscountEngine;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.ecommerce.shipping.ShippingQuote;
import dev.praxis.ecommerce.shipping.ShippingRates;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a cart: discounts (stacked and allocated by {@link DiscountEngine}), shipping for the destination
 * and option, and tax per line on the discounted amount, rounded half-up to the minor unit per line (the
 * rounding policy is per line so line taxes always sum to the tax line). Without an address, shipping and tax
 * are zero and a note says they are not yet known.
 */
public final class CartPricer {

    private final DiscountCodes codes;
    private final DiscountEngine engine = new DiscountEngine();
    private final ShippingRates shippingRates;
    private final TaxTable taxes;
    private final Clock clock;

    /**
     * A pricer with the store's codes, shipping rates, tax table and clock (for code expiry).
     *
     * @param codes the discount codes the store accepts
     * @param shippingRates the shipping options and prices
     * @param taxes the tax rate per jurisdiction
     * @param clock the time source for code expiry
     */
    public CartPricer(DiscountCodes codes, ShippingRates shippingRates, TaxTable taxes, Clock clock) {
        this.codes = codes;
        this.shippingRates = shippingRates;
        this.taxes = taxes;
        this.clock = clock;
    }

    /**
     * The discount engine's view of a cart's lines.
     *
     * @param cart the cart to read
     * @return one discount line per cart line, in cart order
     */
    public static List<DiscountEngine.Line> discountLines(Cart cart) {
        return cart.lines().stream().map(l -> new DiscountEngine.Line(l.lineId(), l.category(), l.amount())).toList();
    }

    /**
     * The codes on {@code cart} that the store knows.
     *
     * @param cart the cart to read
     * @return the known codes, in the order they were entered
     */
    public List<DiscountCode> codesOf(Cart cart) {
        return cart.discountCodes().stream().map(codes::find).flatMap(Optional::stream).toList();
    }

    /**
     * Prices {@code cart}, shipping with {@code shippingOption} (default standard) to {@code shipTo} if given.
     *
     * @param cart the cart to price
     * @param shipTo the destination; without it no shipping or tax is charged
     * @param shippingOption the shipping option's id; standard when empty
     * @return the lines, discounts, shipping, taxes and totals
     */
    public PriceBreakdown price(Cart cart, Optional<Address> shipTo, Optional<String> shippingOption) {
        Money zero = Money.zero(cart.currency());
        DiscountEngine.Result discounts = engine.apply(codesOf(cart), discountLines(cart), clock.instant());
        Map<String, Money> discountByLine = discounts.byLine();
        List<String> notes = new ArrayList<>(discounts.notes());
        Money items = cart.lines().stream().map(CartLine::amount).reduce(zero, Money::plus);
        Money discountTotal = discounts.applied().stream().map(DiscountEngine.Applied::amount).reduce(zero, Money::plus);
        Optional<TaxTable.Rate> rate = shipTo.map(taxes::rate);
        List<PricedLine> lines = new ArrayList<>();
        Money taxTotal = zero;
        for (CartLine line : cart.lines()) {
            Money discount = discountByLine.getOrDefault(line.lineId(), zero);
            Money taxable = line.amount().minus(discount);
            Money tax = rate.map(r -> taxable.percent(r.percent(), RoundingMode.HALF_UP)).orElse(zero);
            taxTotal = taxTotal.plus(tax);
            lines.add(new PricedLine(line.lineId(), line.sku(), line.title(), line.quantity(), line.unitPrice(),
                    line.amount(), discount, tax, taxable.plus(tax)));
        }
        Money shipping = zero;
        String option = null;
        if (shipTo.isPresent() && !cart.isEmpty()) {
            ShippingQuote quote = shippingRates.select(shipTo.get(), items.minus(discountTotal), shippingOption.orElse("standard"));
            option = quote.option();
            shipping = discounts.freeShippingCode().isPresent() ? zero : quote.cost();
        } else if (shipTo.isEmpty()) {
            notes.add("no shipping address given: shipping and tax are not included yet");
        }
        List<PriceBreakdown.TaxLine> taxLines = rate.filter(r -> !cart.isEmpty()).map(r -> List.of(new PriceBreakdown.TaxLine(
                r.jurisdiction(), r.percent(), items.minus(discountTotal), lines.stream().map(PricedLine::tax)
                .reduce(zero, Money::plus)))).orElse(List.of());
        Money total = items.minus(discountTotal).plus(shipping).plus(taxTotal);
        return new PriceBreakdown(lines, items, discounts.applied(), discountTotal, option, shipping, taxLines,
                taxTotal, total, notes);
    }

    /**
     * Shipping options for {@code cart} to {@code to}.
     *
     * @param cart the cart to ship
     * @param to the destination
     * @return the shipping options with their prices after discounts
     */
    public List<ShippingQuote> quoteShipping(Cart cart, Address to) {
        PriceBreakdown priced = price(cart, Optional.empty(), Optional.empty());
        return shippingRates.quote(to, priced.itemsSubtotal().minus(priced.discountTotal()));
    }
}
