package dev.praxis.finance.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one ISO-4217 currency. Serialised as {@code {"amount": "1037.03", "currency": "USD"}}: the
 * amount as a plain decimal string (never a JSON number, so no reader parses money as floating point), the same
 * shape as every other pack's money (see docs/architecture.md, "Money in JSON"). Arithmetic happens on {@code BigDecimal}s elsewhere; a {@code Money} is the
 * rounded figure that goes into a result.
 *
 * <pre>{@code
 * Money payment = Money.rounded(new BigDecimal("1037.0320893"), "USD"); // 1037.03 USD, HALF_UP
 * }</pre>
 *
 * @param amount   the amount, negative for money paid out where a result says so
 * @param currency ISO-4217 code such as {@code "USD"}
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    /** Rounding applied to every money figure the pack returns: half away from zero, as a spreadsheet's ROUND. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /**
     * Checks the amount and normalises the currency code.
     *
     * @param amount the amount, negative for money paid out where a result says so
     * @param currency ISO-4217 code such as {@code "USD"}
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = currencyCode(currency, "currency");
    }

    /**
     * {@code amount} rounded to the minor units of {@code currency} with {@link #ROUNDING}.
     *
     * @param amount the unrounded amount
     * @param currency the ISO-4217 code
     * @return the rounded money
     */
    public static Money rounded(BigDecimal amount, String currency) {
        String code = currencyCode(currency, "currency");
        try {
            DecimalMath.requireReasonable(amount, "the amount");
        } catch (ArithmeticException e) {
            throw new ToolException(e.getMessage());
        }
        return new Money(amount.setScale(minorDigits(code), ROUNDING), code);
    }

    /**
     * Digits after the decimal point of {@code currency}: 2 for USD, 0 for JPY, 3 for KWD.
     *
     * @param currency the ISO-4217 code
     * @return the number of minor-unit digits
     */
    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currencyCode(currency, "currency")).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /**
     * The upper-case ISO-4217 code for {@code code}, or a {@link ToolException} naming {@code parameter}.
     *
     * @param code the code as given
     * @param parameter the tool parameter it came from, named in the error
     * @return the upper-case code
     */
    public static String currencyCode(String code, String parameter) {
        if (code == null || code.isBlank()) {
            throw new ToolException(parameter + " is required: an ISO-4217 currency code such as USD");
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        try {
            if (upper.length() != 3) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new ToolException(parameter + " must be an ISO-4217 currency code such as USD or EUR, got '"
                    + code + "'");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
