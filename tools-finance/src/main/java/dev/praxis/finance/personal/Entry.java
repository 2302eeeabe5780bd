package dev.praxis.finance.personal;

import dev.praxis.finance.internal.Dates;
import dev.praxis.finance.money.Money;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A parsed, validated transaction with its position in the input and its normalised merchant key.
 *
 * @param index       position in the input list
 * @param date        booking date
 * @param description description as given
 * @param merchant    normalised merchant: upper-case words without digits, at most three (e.g. "NETFLIX COM")
 * @param amount      signed amount
 * @param currency    ISO-4217 code
 */
record Entry(int index, LocalDate date, String description, String merchant, BigDecimal amount, String currency) {

    static List<Entry> parse(List<Transaction> transactions) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            Transaction t = transactions.get(i);
            String at = "transactions[" + i + "]";
            if (t.description() == null || t.description().isBlank()) {
                throw new ToolException(at + ".description is required");
            }
            if (t.amount() == null) {
                throw new ToolException(at + ".amount is required: negative when spent, positive when received");
            }
            LocalDate date = Dates.parse(t.date(), at + ".date");
            String currency = Money.currencyCode(t.currency() == null ? "USD" : t.currency(), at + ".currency");
            entries.add(new Entry(i, date, t.description(), merchant(t.description()), t.amount(), currency));
        }
        return entries;
    }

    /** Upper-case alphanumeric words of {@code description}, without words that contain digits; at most three. */
    static String merchant(String description) {
        String words = Arrays.stream(normalise(description).split(" "))
                .filter(w -> !w.isEmpty() && w.chars().noneMatch(Character::isDigit))
                .limit(3).collect(Collectors.joining(" "));
        return words.isEmpty() ? normalise(description) : words;
    }

    /** Upper case, every run of non-alphanumerics replaced by one space. */
    static String normalise(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    }

    boolean isOutflow() {
        return amount.signum() < 0;
    }

    Money money() {
        return new Money(amount, currency);
    }
}
