package dev.praxis.finance.personal;

import dev.praxis.tool.ToolException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Assigns categories by keyword rules, first match wins: the caller's rules, then the built-in ones below
 * (categories modelled on Plaid's primary personal-finance categories). Money received that no rule claims is
 * {@code TRANSFER_IN}; money spent that no rule claims is {@code UNCATEGORIZED}. Ordering matters and is
 * deliberate: "UBER EATS" is food before "UBER" is transport.
 */
final class Categorizer {

    static final String INCOME = "INCOME";
    private static final List<String[]> BUILT_IN = List.of(
            rule("INCOME", "PAYROLL", "SALARY", "DIRECT DEP", "DIRECT DEPOSIT", "PAYCHECK", "DIVIDEND", "INTEREST PAID"),
            rule("BANK_FEES", "OVERDRAFT", "ATM FEE", "MONTHLY FEE", "SERVICE CHARGE", "FEE", "INTEREST CHARGE"),
            rule("LOAN_PAYMENTS", "MORTGAGE", "STUDENT LOAN", "LOAN PAYMENT", "AUTO LOAN", "CREDIT CARD PAYMENT"),
            rule("RENT_AND_UTILITIES", "RENT", "ELECTRIC", "ELECTRICITY", "WATER", "UTILITY", "UTILITIES", "COMCAST",
                    "XFINITY", "VERIZON", "INTERNET", "PG E"),
            rule("GROCERIES", "WHOLE FOODS", "TRADER JOE", "SAFEWAY", "KROGER", "ALDI", "LIDL", "COSTCO", "GROCERY",
                    "SUPERMARKET", "TESCO"),
            rule("FOOD_AND_DRINK", "UBER EATS", "DOORDASH", "GRUBHUB", "STARBUCKS", "MCDONALD", "MCDONALDS", "RESTAURANT",
                    "CAFE", "COFFEE", "PIZZA", "BURGER", "BAR", "DELI"),
            rule("TRANSPORTATION", "UBER", "LYFT", "SHELL", "CHEVRON", "EXXON", "BP", "FUEL", "PARKING", "TRANSIT",
                    "METRO", "TAXI", "TOLL"),
            rule("TRAVEL", "AIRLINES", "AIRLINE", "AIRBNB", "HOTEL", "MARRIOTT", "HILTON", "EXPEDIA", "BOOKING COM"),
            rule("SUBSCRIPTIONS", "NETFLIX", "SPOTIFY", "HULU", "DISNEY PLUS", "YOUTUBE PREMIUM", "APPLE COM BILL",
                    "PRIME VIDEO", "ADOBE", "GYM", "PATREON"),
            rule("HEALTH", "PHARMACY", "CVS", "WALGREENS", "DOCTOR", "DENTAL", "DENTIST", "HOSPITAL", "CLINIC"),
            rule("ENTERTAINMENT", "CINEMA", "MOVIE", "THEATER", "THEATRE", "CONCERT", "TICKETMASTER", "STEAM"),
            rule("SHOPPING", "AMAZON", "AMZN", "TARGET", "WALMART", "EBAY", "BEST BUY", "IKEA", "ETSY"));

    private record Rule(String category, String keyword, boolean builtIn) {
    }

    private final List<Rule> rules;

    Categorizer(List<CategoryRule> custom) {
        List<Rule> all = new ArrayList<>();
        for (int i = 0; i < custom.size(); i++) {
            CategoryRule r = custom.get(i);
            if (r.keyword() == null || Entry.normalise(r.keyword()).isEmpty() || r.category() == null
                    || r.category().isBlank()) {
                throw new ToolException("rules[" + i + "] needs a keyword with letters or digits and a category");
            }
            all.add(new Rule(r.category().trim().toUpperCase(Locale.ROOT), Entry.normalise(r.keyword()), false));
        }
        all.addAll(BUILT_IN.stream().flatMap(r -> Arrays.stream(r, 1, r.length)
                .map(k -> new Rule(r[0], k, true))).toList());
        this.rules = List.copyOf(all);
    }

    Categorized categorize(Entry entry) {
        String words = " " + Entry.normalise(entry.description()) + " ";
        for (Rule rule : rules) {
            if (words.contains(" " + rule.keyword() + " ") && (!rule.builtIn() || direction(rule.category(), entry))) {
                return new Categorized(entry.index(), entry.date(), entry.description(), entry.money(), rule.category(),
                        "description contains '" + rule.keyword() + "' -> " + rule.category()
                                + (rule.builtIn() ? " (built-in rule)" : " (your rule)"));
            }
        }
        return entry.isOutflow()
                ? new Categorized(entry.index(), entry.date(), entry.description(), entry.money(), "UNCATEGORIZED",
                        "no keyword rule matched this spending")
                : new Categorized(entry.index(), entry.date(), entry.description(), entry.money(), "TRANSFER_IN",
                        "money received that no income rule matched");
    }

    // Built-in income keywords apply only to money received, spending keywords only to money spent.
    private static boolean direction(String category, Entry entry) {
        return category.equals(INCOME) != entry.isOutflow();
    }

    private static String[] rule(String category, String... keywords) {
        String[] rule = new String[keywords.length + 1];
        rule[0] = category;
        System.arraycopy(keywords, 0, rule, 1, keywords.length);
        return rule;
    }
}
