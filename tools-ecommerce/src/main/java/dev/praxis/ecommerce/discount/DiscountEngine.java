package dev.praxis.ecommerce.discount;

import dev.praxis.ecommerce.money.Allocation;
import dev.praxis.ecommerce.money.Money;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies discount codes to cart lines. Codes run in priority order (then by code), each on the amounts the
 * previous ones left: USD 100.00 with 20 % (priority 1) then 10.00 off (priority 2) costs 70.00 (ACP discount
 * extension, section 5.2). A percentage is rounded half-up to the minor unit once per code, then allocated
 * across the eligible lines by largest remainder in proportion to what is left on each line, so the
 * allocations always sum exactly to the discount.
 */
public final class DiscountEngine {

    /** A cart line as the engine sees it: its category and its amount before discounts. */
    public record Line(String lineId, String category, Money amount) {
    }

    /** One code's share of one line. */
    public record LineShare(String lineId, Money amount) {
    }

    /** A code that took money off, and how that amount is spread over lines. */
    public record Applied(String code, String description, Money amount, List<LineShare> allocations) {
    }

    /**
     * The applied codes, whether shipping is free (and by which code), and notes about codes that were dropped
     * because they no longer qualify.
     */
    public record Result(List<Applied> applied, Optional<String> freeShippingCode, List<String> notes) {

        /**
         * Total discount on each line, by line id.
         *
         * @return each discounted line's total discount
         */
        public Map<String, Money> byLine() {
            Map<String, Money> out = new LinkedHashMap<>();
            applied.forEach(a -> a.allocations().forEach(s -> out.merge(s.lineId(), s.amount(), Money::plus)));
            return out;
        }
    }

    /**
     * Refuses {@code code} for a cart in {@code cartCurrency} that already carries {@code existing} codes, with
     * the reason.
     *
     * @param code the code to add
     * @param existing the codes already on the cart
     * @param cartCurrency the cart's currency
     * @param lines the cart's lines
     * @param now the time to check expiry at
     * @throws DiscountRejection when it is in another currency than the cart, expired, below its minimum,
     *                           applies to no line, is already there or cannot be combined
     */
    public void checkCanAdd(DiscountCode code, List<DiscountCode> existing, Currency cartCurrency, List<Line> lines,
                            Instant now) {
        currencyProblem(code, cartCurrency).ifPresent(r -> {
            throw r;
        });
        if (existing.stream().anyMatch(c -> c.code().equals(code.code()))) {
            throw new DiscountRejection(DiscountRejection.Reason.ALREADY_APPLIED, code.code() + " is already on this cart");
        }
        problem(code, lines, now).ifPresent(r -> {
            throw r;
        });
        Optional<DiscountCode> exclusive = existing.stream().filter(c -> !c.combinable()).findFirst();
        if (!existing.isEmpty() && (!code.combinable() || exclusive.isPresent())) {
            String other = exclusive.map(DiscountCode::code).orElse(existing.get(0).code());
            throw new DiscountRejection(DiscountRejection.Reason.NOT_COMBINABLE, code.code() + " cannot be combined with "
                    + other + " (" + (code.combinable() ? other : code.code()) + " must be the only code); remove "
                    + other + " first if the shopper prefers " + code.code());
        }
    }

    /**
     * Applies {@code codes} to {@code lines} at {@code now}; codes that no longer qualify are dropped with a note.
     *
     * @param codes the codes on the cart
     * @param lines the cart's lines
     * @param now the time to check expiry at
     * @return the discounts per code and per line, and notes on dropped codes
     */
    public Result apply(List<DiscountCode> codes, List<Line> lines, Instant now) {
        Map<String, Money> left = new LinkedHashMap<>();
        lines.forEach(l -> left.put(l.lineId(), l.amount()));
        List<Applied> applied = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<String> freeShipping = Optional.empty();
        List<DiscountCode> ordered = codes.stream()
                .sorted(Comparator.comparingInt(DiscountCode::priority).thenComparing(DiscountCode::code)).toList();
        for (DiscountCode code : ordered) {
            Optional<DiscountRejection> problem = problem(code, lines, now);
            if (problem.isPresent()) {
                notes.add(code.code() + " no longer applies: " + problem.get().getMessage());
                continue;
            }
            if (code.kind() == DiscountCode.Kind.FREE_SHIPPING) {
                freeShipping = Optional.of(code.code());
                continue;
            }
            applyOne(code, lines, left).ifPresent(applied::add);
        }
        return new Result(List.copyOf(applied), freeShipping, List.copyOf(notes));
    }

    private static Optional<Applied> applyOne(DiscountCode code, List<Line> lines, Map<String, Money> left) {
        List<Line> eligible = lines.stream().filter(l -> matches(code, l) && left.get(l.lineId()).isPositive()).toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Money base = eligible.stream().map(l -> left.get(l.lineId())).reduce(Money::plus).orElseThrow();
        Money discount = code.kind() == DiscountCode.Kind.PERCENT_OFF
                ? base.percent(code.percent(), RoundingMode.HALF_UP) : code.amount().min(base);
        if (!discount.isPositive()) {
            return Optional.empty();
        }
        List<Money> parts = Allocation.split(discount, eligible.stream().map(l -> left.get(l.lineId()).minor()).toList());
        List<LineShare> shares = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            String id = eligible.get(i).lineId();
            shares.add(new LineShare(id, parts.get(i)));
            left.put(id, left.get(id).minus(parts.get(i)));
        }
        return Optional.of(new Applied(code.code(), code.summary(), discount, List.copyOf(shares)));
    }

    private static boolean matches(DiscountCode code, Line line) {
        return code.category().map(c -> c.equalsIgnoreCase(line.category())).orElse(true);
    }

    // A code in another currency is refused with a reason, never compared or subtracted across currencies.
    private static Optional<DiscountRejection> currencyProblem(DiscountCode code, Currency cartCurrency) {
        if (code.currency().equals(cartCurrency)) {
            return Optional.empty();
        }
        return Optional.of(new DiscountRejection(DiscountRejection.Reason.CURRENCY_MISMATCH, code.code() + " is a "
                + code.currency().getCurrencyCode() + " code and this cart is in " + cartCurrency.getCurrencyCode()
                + "; it cannot be used on this cart"));
    }

    private static Optional<DiscountRejection> problem(DiscountCode code, List<Line> lines, Instant now) {
        if (!lines.isEmpty()) {
            Optional<DiscountRejection> currency = currencyProblem(code, lines.get(0).amount().currency());
            if (currency.isPresent()) {
                return currency;
            }
        }
        if (!now.isBefore(code.expiresAt())) {
            return Optional.of(new DiscountRejection(DiscountRejection.Reason.EXPIRED,
                    code.code() + " expired at " + code.expiresAt()));
        }
        Money subtotal = lines.stream().map(Line::amount).reduce(Money::plus).orElse(Money.zero(code.minimumSubtotal().currency()));
        if (subtotal.compareTo(code.minimumSubtotal()) < 0) {
            return Optional.of(new DiscountRejection(DiscountRejection.Reason.MIN_SUBTOTAL, code.code() + " needs a subtotal of "
                    + code.minimumSubtotal() + "; the cart's is " + subtotal));
        }
        if (code.kind() != DiscountCode.Kind.FREE_SHIPPING && lines.stream().noneMatch(l -> matches(code, l))) {
            return Optional.of(new DiscountRejection(DiscountRejection.Reason.NOT_APPLICABLE, code.code()
                    + " applies only to " + code.category().orElse("?") + " items and the cart has none"));
        }
        return Optional.empty();
    }
}
