package dev.praxis.ecommerce.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a shopper's words say besides the product: a price range ("under 30", "between 50 and 100 bucks",
 * "unter 70 Euro", "menos de 150 dólares", "200元以下"), an order ("cheapest", "günstig", "pas chère", "便宜",
 * "best rated", "most expensive") and a gift wish without a gift card ("gift for my dad"). It runs on the text
 * after {@link Lexicon#translate}, removes what it understood and keeps the rest for ranking.
 */
final class QueryReader {

    /** What was understood; prices in the store currency's major unit. */
    record Reading(String text, Optional<BigDecimal> minPrice, Optional<BigDecimal> maxPrice,
                   Optional<SearchSort> sort, boolean giftWithoutCard, List<String> understood) {
    }

    private static final String NUM = "\\$?\\s*(\\d+(?:[.,]\\d{1,2})?)\\s*(?:k\\b)?";
    private static final String CUR = "\\s*(?:\\$|€|£|usd|eur|euros?|dollars?|dolares|bucks|quid|pounds?|元|块|美元)?";
    // A number followed by another unit is not a price: "over 20 years", "under 10 mm", "minus 20 degrees".
    private static final String NOT_UNIT = "(?!\\d|[.,]\\d|\\s*(?:%|mm|cm|kg|g\\b|l\\b|ml|degrees|°|years?|hours?|h\\b|people|"
            + "persons?|w\\b|mah|minutes?|days?|jahre|anos|ans))";
    private static final Pattern BETWEEN = Pattern.compile("(?:between|zwischen|entre)\\s+" + NUM + CUR
            + "\\s*(?:and|und|y|et|to|-)\\s*" + NUM + CUR + NOT_UNIT);
    private static final Pattern MAX = Pattern.compile("(?:under|below|less than|cheaper than|up to|at most|no more than"
            + "|max(?:imum)?|unter|bis zu|bis|weniger als|hochstens|menos de|hasta|por debajo de|moins de|jusqu'a"
            + "|sous|低于|不超过)\\s*" + NUM + CUR + NOT_UNIT);
    private static final Pattern MAX_AFTER = Pattern.compile(NUM + CUR + "\\s*(?:以下|以内)");
    private static final Pattern MIN = Pattern.compile("(?:over|above|more than|at least|uber|mehr als|mas de"
            + "|plus de|高于)\\s*" + NUM + CUR + NOT_UNIT);
    private static final Pattern CHEAP = Pattern.compile("\\b(?:cheap(?:est|er)?|budget|affordable|inexpensive"
            + "|low[- ]cost|won'?t break the bank|gunstig\\w*|billig\\w*|preiswert\\w*|barat[oa]s?|economic[oa]s?"
            + "|pas chere?s?|bon marche|economic[oi])\\b|便宜的?|实惠的?");
    private static final Pattern DEAR = Pattern.compile("\\b(?:most expensive|priciest|premium|high[- ]end|top of the line"
            + "|teuerste\\w*|mas car[oa]s?|le plus cher)\\b|最贵的?");
    private static final Pattern RATED = Pattern.compile("\\b(?:best|highly|top|well)[- ]rated\\b|\\bbest reviewed\\b"
            + "|\\bbestbewertet\\w*|\\bmejor valorad[oa]s?\\b|\\bmieux note\\w*|评分最高的?|好评的?");
    private static final Pattern GIFT = Pattern.compile("\\b(?:gift|present|geschenk|regalo|cadeau|regalo)\\b|礼物");
    private static final Pattern CARD = Pattern.compile("\\b(?:card|voucher|gutschein|tarjeta|carte|certificate)\\b|卡");

    private record Order(Pattern words, SearchSort sort) {
    }

    private static final List<Order> ORDERS = List.of(new Order(CHEAP, SearchSort.PRICE_ASC),
            new Order(DEAR, SearchSort.PRICE_DESC), new Order(RATED, SearchSort.RATING));

    private QueryReader() {
    }

    /** Reads {@code text}, already translated to catalogue words and lower-cased. */
    static Reading read(String text) {
        List<String> understood = new ArrayList<>();
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        Matcher m = BETWEEN.matcher(text);
        if (m.find()) {
            min = Optional.of(amount(m.group(1), m.group(0)));
            max = Optional.of(amount(m.group(2), m.group(0)));
            understood.add("'" + m.group(0).trim() + "' as a price from " + min.get() + " to " + max.get());
            text = cut(text, m);
        }
        for (Pattern p : List.of(MAX, MAX_AFTER)) {
            m = p.matcher(text);
            if (max.isEmpty() && m.find()) {
                max = Optional.of(amount(m.group(1), m.group(0)));
                understood.add("'" + m.group(0).trim() + "' as a price up to " + max.get());
                text = cut(text, m);
            }
        }
        m = MIN.matcher(text);
        if (min.isEmpty() && m.find()) {
            min = Optional.of(amount(m.group(1), m.group(0)));
            understood.add("'" + m.group(0).trim() + "' as a price from " + min.get());
            text = cut(text, m);
        }
        Optional<SearchSort> sort = Optional.empty();
        for (Order order : ORDERS) {
            m = order.words().matcher(text);
            if (sort.isEmpty() && m.find()) {
                sort = Optional.of(order.sort());
                understood.add("'" + m.group(0).trim() + "' as sort " + sort.get().name().toLowerCase(java.util.Locale.ROOT));
                text = cut(text, m);
            }
        }
        boolean gift = GIFT.matcher(text).find() && !CARD.matcher(text).find();
        return new Reading(text.trim().replaceAll("\\s+", " "), min, max, sort, gift, List.copyOf(understood));
    }

    /** The amount in {@code number}, "2,5" read as 2.5; a trailing "k" multiplies by 1000. */
    private static BigDecimal amount(String number, String match) {
        BigDecimal value = new BigDecimal(number.replace(',', '.'));
        return match.matches("(?s).*\\d\\s*k\\b.*") ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }

    private static String cut(String text, Matcher m) {
        return text.substring(0, m.start()) + " " + text.substring(m.end());
    }
}
