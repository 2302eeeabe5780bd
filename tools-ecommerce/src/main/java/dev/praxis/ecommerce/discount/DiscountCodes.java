package dev.praxis.ecommerce.discount;

import dev.praxis.ecommerce.money.Money;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes a store accepts, looked up case-insensitively.
 *
 * <pre>{@code
 * DiscountCodes codes = DiscountCodes.of(List.of(DiscountCode.percentOff("SUMMER20", "20", Money.of(0, "USD"),
 *         Instant.parse("2027-09-01T00:00:00Z"), false, 10)));
 * }</pre>
 */
public final class DiscountCodes {

    private final Map<String, DiscountCode> byCode = new LinkedHashMap<>();

    private DiscountCodes(List<DiscountCode> codes) {
        codes.forEach(c -> {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("duplicate discount code " + c.code());
            }
        });
    }

    /**
     * A store accepting {@code codes}; duplicate codes are refused.
     *
     * @param codes the codes to accept
     * @return the store's codes
     */
    public static DiscountCodes of(List<DiscountCode> codes) {
        return new DiscountCodes(codes);
    }

    /**
     * The demo store's codes (USD): WELCOME10 10 % not combinable; SAVE5 5.00 off 50.00+, combinable;
     * OUTDOOR15 15 % off Outdoor items, combinable; FREESHIP on 35.00+; SPRING25 expired on 2026-06-01.
     *
     * @return the demo codes
     */
    public static DiscountCodes demo() {
        Instant far = Instant.parse("2030-01-01T00:00:00Z");
        Money none = Money.of(0, "USD");
        return of(List.of(
                DiscountCode.percentOff("WELCOME10", "10", none, far, false, 10),
                DiscountCode.amountOff("SAVE5", Money.of(500, "USD"), Money.of(5000, "USD"), far, true, 20),
                DiscountCode.percentOff("OUTDOOR15", "15", none, far, true, 10).onlyFor("Outdoor"),
                DiscountCode.freeShipping("FREESHIP", Money.of(3500, "USD"), far, 30),
                DiscountCode.percentOff("SPRING25", "25", none, Instant.parse("2026-06-01T00:00:00Z"), true, 10)));
    }

    /**
     * The code as typed by a shopper, ignoring case and surrounding spaces.
     *
     * @param code the code as typed
     * @return the matching code, or empty when the store has none
     */
    public Optional<DiscountCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
