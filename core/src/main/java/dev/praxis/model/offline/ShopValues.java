package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shop values the generic extractor cannot tell apart, read again for the parameters a shop tool has: price bounds
 * ("between 50 and 100 bucks", "$30–$45", "unter 80 €", "五十到一百美元之间", "300 bucks or less"), a minimum rating
 * ("rated at least 4.5", "4 stars and above", "评分4.5以上") that is not a price, ids in the catalogue's form
 * ("p0119" P0119, "cart 4" C4, "o-1017" O-1017), a bare number that is not a SKU or product id, a size that is not a
 * quantity, counts said as words for one item ("un", "half a dozen"), a brand from the tool's known values, "in
 * stock" in six languages, an order status or a handoff priority in six languages, and a result limit only when
 * the request counts results ("three alternatives"). Parameters are recognised by name, so any tool using these
 * names benefits; values the request does not state are removed rather than guessed.
 */
final class ShopValues {

    private static final String CURRENCY = "(?:\\s*(?:\\$|€|£|¥|usd|eur|euros?|dollars?|bucks|quid|balles|pavos|lucas|francs?|franken|chf|dólares|dollari|pounds|"
            + "yuan|yen|块钱?|元|美元|欧元))?";
    /** An English article before a figure said in words ("under a 120" from "under a hundred and twenty"). */
    private static final String ARTICLE = "(?:an?\\s+)?";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String SIGN = "(?:[$€£¥]\\s?)?";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?:between|from|zwischen|von|entre|de|tra|fra|da)?\\s*"
            + SIGN + NUM + CURRENCY + "\\s*(?:and|to|und|bis|y|a|et|à|e|–|—|-|到|至|~)\\s*" + SIGN + NUM + CURRENCY
            + "(?!\\s*(?:stars?|sterne|estrellas|étoiles|stelle|星))");
    private static final Pattern MAX = Pattern.compile("(?iu)(?:under|below|less than|at most|up to|max(?:imum)?\\.?|<|"
            + "cheaper than|no more than|unter|höchstens|bis zu|maximal|menos de|como máximo|hasta|moins de|"
            + "au plus|jusqu'à|sotto(?: i| a)?|meno di|al massimo|massimo|máximo|fino a|within|bis|weniger als|nicht mehr als|"
            + "not more (?:than|of)|no más de|que no pase de|que no pasen de|no pase de|no pasen de|pas plus de|non più di|nothing over|not over|"
            + "nothing above|nothing more than|(?:a |my |mein |ein )?budget(?: of| von| de| di| is)?|"
            + "presupuesto(?: de)?|预算|不超过|最多)\\s*" + ARTICLE + SIGN + NUM
            + "|" + SIGN + NUM + CURRENCY + "\\s*(?:or less|tops|max|at most|oder weniger|höchstens|o menos|"
            + "como máximo|ou moins|maximum|o meno|max\\.?|as a max|tout au plus|al máximo|以内|以下|之内)");
    private static final Pattern MIN = Pattern.compile("(?iu)(?<!nothing )(?<!naethin )(?<!not )(?<!pas )(?<!nicht )(?<!no )"
            + "(?<!non )(?:over|above|more than|at least|starting at|"
            + "über|mindestens|ab|más de|al menos|plus de|au moins|più di|almeno)\\s*" + SIGN + NUM
            + "(?!\\s*(?:stars?|sterne|estrellas|étoiles|stelle|星))"
            + "|" + SIGN + NUM + CURRENCY + "\\s*(?:or more|and up|oder mehr|o más|ou plus|o più|以上)");
    private static final String STARS = "(?:stars?|sterne?n?|estrellas?|étoiles?|stelle|星)";
    private static final Pattern RATING = Pattern.compile("(?iu)(?:rated|rating|bewertet|bewertung|valorad[oa]s?|"
            + "valoración|noté(?:e|es|s)?|notes?|valutat[oi]|valutazione|评分|评价)\\s*(?:of\\s*|von\\s*|de\\s*|di\\s*)?"
            + "(?:at least|mindestens|al menos|au moins|almeno|)\\s*" + NUM
            + "|(?:at least|mindestens|al menos|au moins|almeno)\\s*" + NUM + "\\s*" + STARS
            + "|" + NUM + "\\s*" + STARS + "?\\s*(?:and above|or more|or better|and up|\\+|oder mehr|o más|ou plus|"
            + "o più|以上)"
            + "|" + NUM + "\\s*" + STARS);
    private static final Pattern IN_STOCK = Pattern.compile("(?iu)\\b(?:in stock|available now|available right now|"
            + "auf lager|an lager|am lager|vorrätig|lieferbar|(?:que )?tengan stock|con stock|hay stock|sofort verfügbar|disponibles?(?! para)|en stock|disponibil[ei](?: subito)?|in magazzino|a magazzino)\\b|有货|现货");
    private static final Pattern CART_NUMBER = Pattern.compile("(?iu)(?:cart|warenkorb|carrito|panier|carrello|购物车)"
            + "\\s*#?\\s*(\\d{1,4})(?!\\d)");
    private static final Pattern LINE_NUMBER = Pattern.compile("(?iu)(?:line|zeile|position|posten|l[ií]nea|ligne|"
            + "riga|第)\\s*#?\\s*(\\d{1,3})(?!\\d)");
    /** An order asked for in words; a bare "cheapest" asks for no order (the label rules), "cheapest first" does. */
    private static final List<Map.Entry<String, Pattern>> SORTS = List.of(
            Map.entry("PRICE_DESC", Pattern.compile("(?iu)price,? (?:from )?high(?:est)? to low|most expensive first|"
                    + "by price,? (?:the )?(?:highest|most expensive|priciest)(?: ones?)? first|descending price|"
                    + "highest price first|by price,? descending|price descending|nach preis absteigend|"
                    + "teuerste\\p{L}* zuerst|del más caro al más barato|de mayor a menor precio|precio descendente|"
                    + "du plus cher au moins cher|prix décroissant|dal più caro al più economico|prezzo decrescente|"
                    + "价格从高到低|从贵到便宜|价格降序")),
            Map.entry("PRICE_ASC", Pattern.compile("(?iu)price,? (?:from )?low(?:est)? (?:to high|first)|"
                    + "cheapest (?:ones? )?first|lowest price first|(?:sort|sorted|order|ordered) by (?:the )?price|"
                    + "ascending price|"
                    + "price ascending|nach preis (?:aufsteigend|sortiert)|billigste\\p{L}* zuerst|"
                    + "günstigste\\p{L}* zuerst|del más barato al más caro|de menor a mayor precio|"
                    + "ordenad[oa]s? por precio|precio ascendente|du moins cher au plus cher|tri[ée]e?s? par prix|"
                    + "prix croissant|dal più economico al più caro|ordinat[ie] per prezzo|prezzo crescente|"
                    + "按价格从低到高|价格从低到高|从便宜到贵|按价格排序|价格升序")),
            Map.entry("RATING", Pattern.compile("(?iu)(?:sort|sorted|order|ordered) by (?:the )?(?:rating|reviews)|"
                    + "(?:best|highest)[- ]rated first|nach bewertung sortiert|ordenad[oa]s? por valoraci[oó]n|"
                    + "tri[ée]e?s? par note|ordinat[ie] per valutazione|按评分排序|评分从高到低")));
    private static final Pattern PRODUCT_ID = Pattern.compile("(?i)(?<![\\w-])p\\d{3,}(?![\\w-])");
    private static final Pattern WHOLE = Pattern.compile("(?<![\\w.-])\\d{1,3}(?![\\w.])");
    private static final Pattern ID_LIKE = Pattern.compile("(?i)[a-z]{1,3}-?\\d+(?:-[a-z0-9]+)*");
    private static final Pattern VARIANT_SKU = Pattern.compile("(?i)(?<![\\w-])[a-z]+\\d+(?:-[a-z0-9]+)+(?![\\w-])");
    private static final Pattern VARIANT_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(?:size|sizes|größe|gr\\.|talla|"
            + "taille|taglia|colou?rs?|farbe|colore?s?|couleur|black|white|blue|red|green|grey|gray|schwarz|weiß|blau|rot|"
            + "grün|negro|blanco|azul|rojo|noir|blanc|bleu|rouge|nero|bianco|rosso|blu)(?![\\p{L}])|码|号|颜色|[黑白红蓝绿灰]色");
    private static final Pattern SIZE = Pattern.compile("(?iu)(?:size|größe|gr\\.|talla|taille|taglia|码|号)\\s*(\\d+)");
    private static final Pattern COUNTED = Pattern.compile("(?iu)(\\d+)\\s+(?:\\p{L}+\\s+)?(?:alternatives?|options?|"
            + "suggestions?|results?|products?|items?|ideas?|recommendations?|passages?|alternativen|vorschläge|"
            + "alternativas|opciones|sugerencias|alternative|suggerimenti|proposte|similar|others|ähnliche\\p{L}*|"
            + "weitere|andere|similares|parecid[oa]s|otr[oa]s|similaires|autres|simili|altri|altre|"
            + "modelle|modelos|modèles|modelli)(?![\\p{L}])|(?:top)\\s*(\\d+)"
            // a Chinese count of products: "再推荐5个", "3款就行"
            + "|(?:推荐|来|列出|给我看|看看)\\s*(\\d+)\\s*(?:个|款|种)|(\\d+)\\s*(?:个|款|种)(?:就行|就好|就够|即可|吧)"
            // "show me 3", "zeig mir 3", "muéstrame 3": a count right after asking to be shown
            + "|(?:show|give|list|zeig|nenn|muéstrame|dame|montre|donne|mostrami|dammi)\\p{L}*\\s+(?:me|mir|moi)?\\s*"
            + "(\\d+)(?![\\d\\p{L}.,])");
    private static final Pattern ONE = Pattern.compile("(?iu)(?<![\\p{L}])(?:a|an|one|un|une|uno|una|ein|eine|einen)"
            + "\\s+(?=[a-z]\\d)|一(?:个|件|双)");
    private static final Pattern DOZEN = Pattern.compile("(?iu)(half a dozen|a dozen|ein halbes dutzend|ein dutzend|"
            + "una docena|media docena|une demi-douzaine|une douzaine|mezza dozzina|una dozzina|半打|一打)");
    private static final Pattern URGENT = Pattern.compile("(?iu)\\b(?:urgent|urgently|asap|right now|dringend|"
            + "sofort|urgente|de inmediato|tout de suite|subito)\\b|紧急|马上|立刻");
    private static final Pattern EXPRESS = Pattern.compile("(?iu)\\b(?:express|exprés|expreso|espresso)\\b|加急|快递");
    /**
     * Order statuses by their words, written as stems: a stem also matches its inflected forms up to three letters
     * longer ("storniert" stornierten, "annullat" annullato / annullati, "cancelad" cancelados, "annulé" annulées).
     */
    private static final List<List<String>> STATUS_WORDS = List.of(
            List.of("PROCESSING", "processing", "being processed", "still processing", "in bearbeitung", "en proceso",
                    "en preparación", "en cours",
                    "in lavorazione", "处理中"),
            List.of("SHIPPED", "shipped", "versandt", "verschickt", "unterwegs", "enviad", "expédié", "spedit",
                    "已发货", "发货了", "已经发货", "已寄出", "已经寄出"),
            List.of("DELIVERED", "delivered", "geliefert", "zugestellt", "entregad", "livré", "consegnat", "已签收",
                    "签收", "已送达", "已经送达"),
            List.of("CANCELLED", "cancelled", "canceled", "storniert", "cancelad", "annulé", "annullat", "已取消",
                    "已经取消", "取消了的"),
            List.of("PLACED", "placed", "aufgegeben", "realizad", "passé", "effettuat", "已下单"));
    private static final Set<String> FREE_TEXT = Set.of("query", "question", "summary", "reason");

    private ShopValues() {
    }

    /**
     * Reads the shop parameters of {@code schema} again from {@code text} and corrects {@code args} in place;
     * {@code known} gives the known values of a parameter (brands).
     */
    static void refine(String text, JsonObjectSchema schema, ObjectNode args, KnownValues known) {
        if (schema == null || schema.properties() == null) {
            return;
        }
        Map<String, JsonSchemaElement> properties = schema.properties();
        String figures = LocaleNumbers.normalise(text);
        String lower = figures.toLowerCase(Locale.ROOT);
        if (properties.containsKey("min_price") || properties.containsKey("max_price")) {
            prices(lower, args);
        }
        if (properties.get("sort") instanceof JsonEnumSchema sorts) {
            // an order is a stated value only when asked for in words ("rating 4.5 or more" asks for no order)
            args.remove("sort");
            sort(lower).filter(sorts.enumValues()::contains).ifPresent(v -> args.put("sort", v));
        }
        if (properties.containsKey("min_rating")) {
            set(args, "min_rating", rating(lower));
        }
        if (properties.containsKey("in_stock_only")) {
            args.remove("in_stock_only");
            if (IN_STOCK.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                args.put("in_stock_only", true);
            }
        }
        if (properties.containsKey("brand")) {
            args.remove("brand");
            brand(text, known.of("brand")).ifPresent(b -> args.put("brand", b));
        }
        ids(text, properties, args);
        if (properties.containsKey("product_ids") && args.path("product_ids").size() < 2) {
            // a comparison needs two products: "我想买P0061" compares nothing
            args.remove("product_ids");
        }
        counts(text, lower, properties, args);
        if (properties.get("status") instanceof JsonEnumSchema) {
            status(text).ifPresent(s -> args.put("status", s));
        }
        if (properties.containsKey("priority") && URGENT.matcher(text).find()) {
            args.put("priority", "urgent");
        }
        if (properties.containsKey("shipping_option") && EXPRESS.matcher(text).find()) {
            args.put("shipping_option", "express");
        }
        if (properties.containsKey("as_of") && !args.has("as_of")) {
            WrittenDates.first(text).ifPresent(d -> args.put("as_of", d));
        }
    }

    /** Whether a parameter takes the shopper's own words (a query, a question, a summary, a reason). */
    static boolean isFreeText(String name) {
        return FREE_TEXT.contains(name);
    }

    /** The known values of a tool's parameters. */
    interface KnownValues {
        List<String> of(String parameter);
    }

    private static void prices(String text, ObjectNode args) {
        args.remove("min_price");
        args.remove("max_price");
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            BigDecimal a = new BigDecimal(range.group(1));
            BigDecimal b = new BigDecimal(range.group(2));
            if (a.compareTo(b) < 0 && b.compareTo(BigDecimal.valueOf(5)) > 0 && !looksLikeRating(text, range)) {
                args.put("min_price", plain(a));
                args.put("max_price", plain(b));
                return;
            }
        }
        first(MAX, text).ifPresent(v -> args.put("max_price", plain(v)));
        first(MIN, text).filter(v -> v.compareTo(BigDecimal.valueOf(5)) > 0)
                .ifPresent(v -> args.put("min_price", plain(v)));
    }

    private static boolean looksLikeRating(String text, Matcher range) {
        String after = text.substring(range.end(), Math.min(text.length(), range.end() + 12));
        return after.matches("(?iu)\\s*(?:stars?|sterne|estrellas|étoiles|stelle|星).*");
    }

    private static BigDecimal rating(String lower) {
        Matcher m = RATING.matcher(lower);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    BigDecimal v = new BigDecimal(m.group(g));
                    // "四星半", "4星半": four and a half stars
                    if (v.scale() <= 0 && lower.startsWith("星半", m.end(g))) {
                        v = v.add(new BigDecimal("0.5"));
                    }
                    if (v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(5)) <= 0) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static Optional<BigDecimal> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
            if (value != null && !after.matches("(?iu)\\s*(?:stars?|sterne|estrellas|étoiles|stelle|星|%).*")) {
                return Optional.of(new BigDecimal(value));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sort(String lower) {
        return SORTS.stream().filter(e -> e.getValue().matcher(lower).find()).map(Map.Entry::getKey).findFirst();
    }

    private static Optional<String> brand(String text, List<String> brands) {
        for (String brand : brands) {
            // Chinese writes no spaces: a brand is a word of its own only among Latin letters ("Hearthstone的保温杯")
            Matcher m = Pattern.compile("(?iu)(?<![\\p{IsLatin}])" + Pattern.quote(brand) + "(?![\\p{IsLatin}])")
                    .matcher(text);
            if (m.find()) {
                return Optional.of(brand);
            }
        }
        return Optional.empty();
    }

    /** Ids in the catalogue's (upper-case) form; bare numbers are no SKU or product id; "cart 4" is C4. */
    private static void ids(String text, Map<String, JsonSchemaElement> properties, ObjectNode args) {
        properties.keySet().forEach(name -> {
            boolean id = name.endsWith("_id") || name.equals("sku");
            if (id && args.has(name) && args.get(name).isTextual()) {
                String value = args.get(name).asText();
                if (!value.matches(".*\\p{L}.*")) {
                    args.remove(name);
                } else if (ID_LIKE.matcher(value).matches()) {
                    args.put(name, value.toUpperCase(Locale.ROOT));
                }
            }
            if (name.endsWith("_ids") && args.path(name).isArray()) {
                ArrayNode upper = args.putArray(name + "\u0000");
                args.get(name).forEach(v -> upper.add(ID_LIKE.matcher(v.asText()).matches()
                        ? v.asText().toUpperCase(Locale.ROOT) : v.asText()));
                args.set(name, args.remove(name + "\u0000"));
            }
        });
        if (properties.containsKey("sku") && !args.has("sku")) {
            Matcher sku = VARIANT_SKU.matcher(text);
            if (sku.find()) {
                args.put("sku", sku.group().toUpperCase(Locale.ROOT));
            }
        }
        if (properties.containsKey("sku") && properties.containsKey("cart_id") && !args.has("sku")) {
            // "add two P0229 to cart C3": a product without variants is put in a cart by its product id
            Matcher product = PRODUCT_ID.matcher(text);
            if (product.find()) {
                args.put("sku", product.group().toUpperCase(Locale.ROOT));
            }
        }
        // a discount code is one word ("SAVE10"); a dashed variant id ("P0042-SAN") is a SKU, not a code
        if (properties.containsKey("code") && args.has("code") && VARIANT_SKU.matcher(args.get("code").asText()).matches()) {
            args.remove("code");
        }
        if (properties.containsKey("cart_id") && !args.has("cart_id")) {
            Matcher cart = CART_NUMBER.matcher(text);
            if (cart.find()) {
                args.put("cart_id", "C" + cart.group(1));
                // the cart's number is not a count ("dans le panier 3")
                if (args.path("quantity").asText().equals(cart.group(1))) {
                    args.remove("quantity");
                }
            }
        }
        if (properties.containsKey("line_id") && !args.has("line_id")) {
            // "line 3" is L3, as view_cart names it; its number is no count
            Matcher line = LINE_NUMBER.matcher(text);
            if (line.find()) {
                args.put("line_id", "L" + line.group(1));
                if (args.path("quantity").asText().equals(line.group(1))) {
                    args.remove("quantity");
                    otherCount(LocaleNumbers.normalise(text), line.group(1), args.path("cart_id").asText())
                            .ifPresent(q -> args.put("quantity", q));
                }
            }
        }
        // a SKU names a variant ("P0042-BLA-42"); a product id with a size or colour asked is no SKU (get_product
        // lists the variants), a product id alone may be one (a product without options has its id as SKU, and
        // the tool says so when it is not)
        if (properties.containsKey("sku") && args.has("sku") && properties.containsKey("quantity")
                && args.get("sku").asText().matches("(?i)[a-z]+\\d+") && properties.size() == 2
                && VARIANT_ASKED.matcher(text).find()) {
            args.remove("sku");
        }
    }

    private static void counts(String text, String lower, Map<String, JsonSchemaElement> properties,
                               ObjectNode args) {
        if (properties.containsKey("quantity")) {
            Matcher size = SIZE.matcher(lower);
            while (size.find()) {
                if (args.path("quantity").asText().equals(size.group(1))) {
                    args.remove("quantity");
                }
            }
            Matcher dozen = DOZEN.matcher(text);
            if (dozen.find()) {
                args.put("quantity", dozen(dozen.group(1)));
            } else if (!args.has("quantity") && ONE.matcher(text).find()
                    && properties.containsKey("sku") && properties.containsKey("cart_id")) {
                args.put("quantity", 1);
            }
            // "add P0042-BLA-42 to cart C1": one unit, as a shop assistant would read it
            if (!args.has("quantity") && args.has("sku") && args.has("cart_id")) {
                args.put("quantity", 1);
            }
            if (args.has("min_price") || args.has("max_price")) {
                args.remove("quantity");
            }
        }
        for (String name : List.of("limit", "page_size")) {
            if (properties.containsKey(name)) {
                args.remove(name);
                Matcher counted = COUNTED.matcher(lower);
                Matcher dozen = DOZEN.matcher(text);
                if (counted.find()) {
                    args.put(name, Integer.parseInt(firstGroup(counted)));
                } else if (dozen.find()) {
                    args.put(name, dozen(dozen.group(1)));
                }
            }
        }
    }

    /** The one whole number of the text that is neither the line's nor the cart's number ("line 1 ... to 3"). */
    private static Optional<Integer> otherCount(String figures, String line, String cart) {
        List<String> others = WHOLE.matcher(figures).results().map(MatchResult::group)
                .filter(n -> !n.equals(line) && !("C" + n).equals(cart)).toList();
        return others.size() == 1 ? Optional.of(Integer.parseInt(others.get(0))) : Optional.empty();
    }

    private static int dozen(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return lower.matches("(?u).*(?:half|halb|media|demi|mezza|半).*") ? 6 : 12;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("a count pattern matched without a figure");
    }

    private static Optional<String> status(String text) {
        // "the orders I've placed" are all orders, not those in the status PLACED
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("(?:i'?ve|i have|we'?ve|we have) placed", "");
        for (List<String> words : STATUS_WORDS) {
            for (String word : words.subList(1, words.size())) {
                boolean cjk = Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN;
                if (cjk ? lower.contains(word) : Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(word)
                        + "\\p{L}{0,3}(?![\\p{L}])").matcher(lower).find()) {
                    return Optional.of(words.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** A required free-text parameter (a query, a question, a summary) is the request itself when nothing else is. */
    static void freeText(String text, JsonObjectSchema schema, ObjectNode args) {
        for (String name : schema.required() == null ? List.<String>of() : schema.required()) {
            if (FREE_TEXT.contains(name) && !args.has(name)) {
                args.put(name, text.strip());
            }
        }
    }

    private static void set(ObjectNode args, String name, BigDecimal value) {
        args.remove(name);
        if (value != null) {
            args.put(name, plain(value));
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
