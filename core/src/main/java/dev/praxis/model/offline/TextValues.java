package dev.praxis.model.offline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-numeric values a request mentions: enum values (by name or a common synonym, with "from"/"to"
 * deciding which of two currencies goes where), dates, identifiers, tickers, e-mail addresses, quoted or
 * "for ..." phrases, and yes/no flags.
 */
final class TextValues {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("bucks", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("pound", "GBP"), Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("francs", "CHF"), Map.entry("franc", "CHF"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("rupee", "INR"),
            Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("dollers", "USD"), Map.entry("dólares", "USD"), Map.entry("dólar", "USD"),
            Map.entry("dollari", "USD"), Map.entry("dollaro", "USD"), Map.entry("libras", "GBP"), Map.entry("sterline", "GBP"),
            Map.entry("pfund", "GBP"), Map.entry("franken", "CHF"), Map.entry("schweizer franken", "CHF"),
            Map.entry("francos suizos", "CHF"), Map.entry("franchi", "CHF"), Map.entry("yenes", "JPY"),
            Map.entry("人民币", "CNY"), Map.entry("元", "CNY"), Map.entry("块", "CNY"), Map.entry("美元", "USD"),
            Map.entry("美金", "USD"), Map.entry("欧元", "EUR"), Map.entry("英镑", "GBP"), Map.entry("日元", "JPY"),
            Map.entry("港币", "HKD"), Map.entry("港元", "HKD"), Map.entry("瑞士法郎", "CHF"),
            // pesos are Mexican pesos unless another country is named (the sets' voices, and the label rule)
            Map.entry("pesos", "MXN"), Map.entry("peso", "MXN"), Map.entry("peso mexicano", "MXN"),
            Map.entry("pesos mexicanos", "MXN"), Map.entry("₹", "INR"), Map.entry("francs suisses", "CHF"),
            Map.entry("franchi svizzeri", "CHF"), Map.entry("canadian dollars", "CAD"),
            Map.entry("dollars canadiens", "CAD"), Map.entry("sterlina", "GBP"), Map.entry("esterlina", "GBP"),
            Map.entry("livre sterling", "GBP"), Map.entry("livres sterling", "GBP"), Map.entry("quid", "GBP"),
            Map.entry("lakh", "INR"), Map.entry("lakhs", "INR"), Map.entry("crore", "INR"),
            Map.entry("pesos colombianos", "COP"), Map.entry("peso colombiano", "COP"), Map.entry("naira", "NGN"), Map.entry("kroner", "NOK"), Map.entry("norwegian", "NOK"),
            Map.entry("swedish", "SEK"), Map.entry("danish", "DKK"), Map.entry("reales", "BRL"), Map.entry("real brasileño", "BRL"),
            Map.entry("franco svizzero", "CHF"), Map.entry("franc suisse", "CHF"), Map.entry("franco suizo", "CHF"),
            Map.entry("zloty", "PLN"), Map.entry("złoty", "PLN"),
            Map.entry("zlotys", "PLN"), Map.entry("forint", "HUF"), Map.entry("kronor", "SEK"), Map.entry("rand", "ZAR"),
            Map.entry("lira", "TRY"), Map.entry("reais", "BRL"),
            Map.entry("₦", "NGN"), Map.entry("balles", "EUR"), Map.entry("loonie", "CAD"), Map.entry("loonies", "CAD"),
            Map.entry("greenback", "USD"), Map.entry("greenbacks", "USD"), Map.entry("yuanes", "CNY"), Map.entry("墨西哥比索", "MXN"),
            Map.entry("加元", "CAD"), Map.entry("澳元", "AUD"), Map.entry("韩元", "KRW"),
            Map.entry("korean won", "KRW"), Map.entry("south korean won", "KRW"), Map.entry("won coreano", "KRW"),
            Map.entry("wones coreanos", "KRW"), Map.entry("koreanische won", "KRW"), Map.entry("won coréen", "KRW"),
            Map.entry("won sudcoreano", "KRW"), Map.entry("won sudcoreani", "KRW"));
    /** Lower-case codes people type ("eur usd rate"): common ones only, as many codes are also words ("all"). */
    private static final Set<String> TYPED_CODES = Set.of("usd", "eur", "gbp", "jpy", "chf", "cny", "hkd", "cad",
            "aud", "inr", "mxn", "brl", "krw", "sek", "nok", "dkk", "nzd", "rmb", "sgd", "cop", "pln", "huf", "czk", "zar",
            "try");
    /** "R85 000", "R 1,200": South African rand written before the figure. */
    private static final Pattern RAND = Pattern.compile("(?<![\\p{L}\\d])R\\s?\\d");
    /** "Rs 35 lakh", "Rs. 5,000": rupees written the Indian way. */
    private static final Pattern RUPEES = Pattern.compile("(?<![\\p{L}])rs\\.?\\s?\\d");
    private static final Pattern WORD_DATE = Pattern.compile("(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)[a-z]*\\.? \\d{1,2},? \\d{4})\\b");
    /** An upper-case word; not an elided article ("J'achète", "L'action") or half of a name with "&" ("S&P"). */
    private static final Pattern TICKER = Pattern.compile("(?<!&)\\b([A-Z]{1,5}(?:\\.[A-Z])?)\\b(?!&\\p{L})(?!(?<=\\b\\p{Lu})['’]\\p{L})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Set<String> ISO_CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toSet());
    /** Words for enum values, in every supported language: trade sides, payment timing, NPV convention, VaR method. */
    private static final Map<String, String> ENUM_SYNONYMS = Map.ofEntries(Map.entry("purchase", "BUY"),
            Map.entry("bought", "BUY"), Map.entry("sale", "SELL"), Map.entry("sold", "SELL"),
            Map.entry("sent", "SHIPPED"), Map.entry("canceled", "CANCELLED"),
            Map.entry("kauf", "BUY"), Map.entry("kaufe", "BUY"), Map.entry("kaufen", "BUY"), Map.entry("compra", "BUY"),
            Map.entry("comprar", "BUY"), Map.entry("cómprame", "BUY"), Map.entry("achète", "BUY"),
            Map.entry("acheter", "BUY"), Map.entry("achetez", "BUY"), Map.entry("compri", "BUY"), Map.entry("买", "BUY"),
            Map.entry("买入", "BUY"), Map.entry("verkauf", "SELL"), Map.entry("verkaufe", "SELL"),
            Map.entry("verkaufen", "SELL"), Map.entry("vende", "SELL"), Map.entry("vender", "SELL"),
            Map.entry("vends", "SELL"), Map.entry("vendre", "SELL"), Map.entry("vendi", "SELL"),
            Map.entry("卖", "SELL"), Map.entry("卖出", "SELL"),
            Map.entry("annuity due", "BEGIN"), Map.entry("at the start of each", "BEGIN"),
            Map.entry("at the beginning of each", "BEGIN"), Map.entry("in advance", "BEGIN"),
            Map.entry("vorschüssig", "BEGIN"), Map.entry("zu beginn", "BEGIN"), Map.entry("anticipad", "BEGIN"),
            Map.entry("al inicio", "BEGIN"), Map.entry("al principio", "BEGIN"), Map.entry("en début", "BEGIN"),
            Map.entry("à terme à échoir", "BEGIN"), Map.entry("all'inizio", "BEGIN"), Map.entry("anticipat", "BEGIN"),
            Map.entry("期初", "BEGIN"),
            Map.entry("excel", "FIRST_FLOW_AT_T1"), Map.entry("spreadsheet", "FIRST_FLOW_AT_T1"),
            Map.entry("t=1", "FIRST_FLOW_AT_T1"), Map.entry("tabellenkalkulation", "FIRST_FLOW_AT_T1"),
            Map.entry("hoja de cálculo", "FIRST_FLOW_AT_T1"), Map.entry("tableur", "FIRST_FLOW_AT_T1"),
            Map.entry("historical simulation", "HISTORICAL_KTH_WORST"), Map.entry("historical", "HISTORICAL_KTH_WORST"),
            Map.entry("historisch", "HISTORICAL_KTH_WORST"), Map.entry("histórico", "HISTORICAL_KTH_WORST"),
            Map.entry("historique", "HISTORICAL_KTH_WORST"), Map.entry("storico", "HISTORICAL_KTH_WORST"),
            Map.entry("历史法", "HISTORICAL_KTH_WORST"), Map.entry("k-th worst", "HISTORICAL_KTH_WORST"),
            Map.entry("historische simulation", "HISTORICAL_KTH_WORST"),
            Map.entry("simulación histórica", "HISTORICAL_KTH_WORST"), Map.entry("interpolated", "HISTORICAL_INTERPOLATED"),
            Map.entry("parametric", "PARAMETRIC"), Map.entry("paramétrico", "PARAMETRIC"),
            Map.entry("parametrisch", "PARAMETRIC"), Map.entry("paramétrique", "PARAMETRIC"),
            Map.entry("parametrico", "PARAMETRIC"), Map.entry("variance-covariance", "PARAMETRIC"),
            Map.entry("参数法", "PARAMETRIC"), Map.entry("历史模拟", "HISTORICAL_KTH_WORST"),
            Map.entry("k-schlechtest", "HISTORICAL_KTH_WORST"), Map.entry("kth worst", "HISTORICAL_KTH_WORST"),
            Map.entry("k-ième pire", "HISTORICAL_KTH_WORST"), Map.entry("k-ésimo peor", "HISTORICAL_KTH_WORST"),
            Map.entry("k-esimo peggior", "HISTORICAL_KTH_WORST"), Map.entry("linear interpolation", "HISTORICAL_INTERPOLATED"),
            Map.entry("interpolation", "HISTORICAL_INTERPOLATED"), Map.entry("interpoliert", "HISTORICAL_INTERPOLATED"),
            Map.entry("interpolación", "HISTORICAL_INTERPOLATED"), Map.entry("interpolazione", "HISTORICAL_INTERPOLATED"),
            Map.entry("插值", "HISTORICAL_INTERPOLATED"), Map.entry("interpolée", "HISTORICAL_INTERPOLATED"),
            Map.entry("interpolado", "HISTORICAL_INTERPOLATED"), Map.entry("interpolata", "HISTORICAL_INTERPOLATED"), Map.entry("delta-normal", "PARAMETRIC"),
            Map.entry("varianz-kovarianz", "PARAMETRIC"), Map.entry("参数", "PARAMETRIC"),
            Map.entry("by month", "MONTH"), Map.entry("nach monat", "MONTH"), Map.entry("pro monat", "MONTH"),
            Map.entry("por mes", "MONTH"), Map.entry("par mois", "MONTH"), Map.entry("per mese", "MONTH"),
            Map.entry("按月", "MONTH"), Map.entry("by merchant", "MERCHANT"), Map.entry("nach händler", "MERCHANT"),
            Map.entry("por comercio", "MERCHANT"), Map.entry("par commerçant", "MERCHANT"), Map.entry("par fournisseur", "MERCHANT"),
            Map.entry("nach lieferant", "MERCHANT"), Map.entry("por proveedor", "MERCHANT"),
            Map.entry("per fornitore", "MERCHANT"), Map.entry("按供应商", "MERCHANT"), Map.entry("by store", "MERCHANT"), Map.entry("by shop", "MERCHANT"),
            Map.entry("per store", "MERCHANT"), Map.entry("nach geschäft", "MERCHANT"), Map.entry("pro geschäft", "MERCHANT"),
            Map.entry("por tienda", "MERCHANT"), Map.entry("par magasin", "MERCHANT"), Map.entry("per negozio", "MERCHANT"),
            Map.entry("按商家", "MERCHANT"), Map.entry("按店", "MERCHANT"), Map.entry("por categoría", "CATEGORY"),
            Map.entry("vendé", "SELL"), Map.entry("vendeme", "SELL"), Map.entry("comprá", "BUY"), Map.entry("comprame", "BUY"),
            Map.entry("sel", "SELL"), Map.entry("vend", "SELL"),
            Map.entry("foglio di calcolo", "FIRST_FLOW_AT_T1"));
    private static final Set<String> NOT_TICKERS = Set.of("OHLC", "VAR", "IRR", "NPV", "CAGR", "APY", "PV", "FV",
            "USB", "SKU", "VAT", "FAQ", "UK", "US", "EU", "AI", "ETA", "E", "A", "I", "O", "Y");
    private static final Set<String> COMMON_CAPS = Set.of("I", "A", "AN", "THE", "AND", "OR", "TO", "IN", "OF",
            "ON", "MY", "ME", "IS", "IT", "FOR", "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "ID", "OK", "APR", "ETF",
            "FX", "PLEASE", "WHAT", "HOW", "BUY", "SELL");

    private final String text;
    private final String lower;
    private final Set<Integer> claimed = new HashSet<>();
    private final Set<String> claimedTickers = new HashSet<>();
    private int strongEvidence;
    private final Identifiers identifiers;

    TextValues(String text) {
        this.text = text;
        this.lower = QualifiedCurrencies.qualify(text.toLowerCase(Locale.ROOT));
        this.identifiers = new Identifiers(text);
    }

    private record Hit(String value, int start) {
    }

    Optional<String> enumValue(String name, List<String> allowed) {
        if (allowed.contains("BEGIN") && PaymentTiming.atStart(lower)) {
            return Optional.of("BEGIN");
        }
        List<Hit> hits = enumHits(allowed);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        boolean target = n.matches(".*(^to_|_to$|^to$|target|quote|into|dest|buy).*");
        boolean source = n.matches(".*(from|source|base|sell).*");
        Hit chosen = target || source ? direction(hits, target) : hits.get(0);
        claimed.add(chosen.start);
        return Optional.of(chosen.value);
    }

    List<String> enumValues(List<String> allowed) {
        return enumHits(allowed).stream().map(Hit::value).distinct().toList();
    }

    private List<Hit> enumHits(List<String> allowed) {
        List<Hit> hits = new ArrayList<>();
        for (String value : allowed) {
            for (String variant : List.of(value, value.replace('_', ' '), value.replace('_', '-'))) {
                find(variant.toLowerCase(Locale.ROOT), value, hits);
            }
        }
        SYNONYMS.forEach((word, code) -> allowed.stream().filter(v -> v.equalsIgnoreCase(code))
                .findFirst().ifPresent(v -> find(word, v, hits)));
        ENUM_SYNONYMS.forEach((word, value) -> allowed.stream().filter(v -> v.equalsIgnoreCase(value))
                .findFirst().ifPresent(v -> find(word, v, hits)));
        hits.removeIf(h -> claimed.contains(h.start));
        if (hits.stream().anyMatch(h -> h.value.equals("HISTORICAL_INTERPOLATED"))) {
            // "historical VaR with linear interpolation": the interpolation names the variant
            hits.removeIf(h -> h.value.equals("HISTORICAL_KTH_WORST"));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> unique = new ArrayList<>();
        for (Hit h : hits) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).start != h.start) {
                unique.add(h);
            }
        }
        return unique;
    }

    private void find(String needle, String value, List<Hit> hits) {
        boolean symbol = needle.length() == 1 && !Character.isLetterOrDigit(needle.charAt(0));
        // Chinese has no spaces: "4000元", "1000美元" write the figure right against the currency
        boolean han = needle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Pattern p = Pattern.compile(symbol || han ? Pattern.quote(needle)
                : "(?<![\\w])" + Pattern.quote(needle) + "(?:s|es|ing|ed)?(?![\\w])");
        Matcher m = p.matcher(lower);
        while (m.find()) {
            // 元 is also the last sign of 美元, 欧元, 日元, 港元
            boolean partOfOther = needle.equals("元") && m.start() > 0 && "美欧日港".indexOf(lower.charAt(m.start() - 1)) >= 0;
            if (!partOfOther) {
                hits.add(new Hit(value, m.start()));
            }
        }
    }

    /**
     * Which of several mentions is the target ("to EUR", "how many yen") or the source ("from", "100 USD",
     * "one euro"); ties go to the later mention for a target and the earlier one for a source.
     */
    private Hit direction(List<Hit> hits, boolean target) {
        Hit best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int targetness = 0;
            targetness += precededBy(h.start, "to", "into", "in", "many", "much", "en", "a", "zu", "nach", "cuántos",
                    "cuántas", "combien", "quanti", "换", "换成", "换多少", "兑") ? 3 : 0;
            targetness -= precededBy(h.start, "from") ? 3 : 0;
            targetness -= nextToNumber(h) || precededBy(h.start, "one", "per", "a", "each") ? 2 : 0;
            int score = (target ? targetness : -targetness) * 100 + (target ? i : -i);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether the mention is the unit of an amount: "100 USD", "$100". */
    private boolean nextToNumber(Hit hit) {
        String before = lower.substring(Math.max(0, hit.start - 4), hit.start).stripTrailing();
        boolean afterNumber = !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
        int after = hit.start + 1;
        boolean symbolBeforeNumber = after < lower.length() && !Character.isLetter(lower.charAt(hit.start))
                && Character.isDigit(lower.charAt(after));
        return afterNumber || symbolBeforeNumber;
    }

    private boolean precededBy(int start, String... words) {
        String before = lower.substring(Math.max(0, start - 8), start).trim();
        for (String w : words) {
            boolean han = Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN;
            if (before.endsWith(" " + w) || before.equals(w) || han && before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    Optional<Boolean> flag(String name) {
        String phrase = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        int at = lower.indexOf(phrase);
        if (at < 0) {
            return Optional.empty();
        }
        String before = lower.substring(Math.max(0, at - 12), at);
        return Optional.of(!(before.contains("no ") || before.contains("not ") || before.contains("without ")));
    }

    Optional<String> string(String name, String description, boolean required) {
        String n = name.toLowerCase(Locale.ROOT);
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (n.contains("currency") || d.contains("iso-4217")) {
            // USD is every tool's default: an optional currency is only worth stating when it is another one
            List<String> codes = currenciesMentioned(required).stream()
                    .filter(c -> required || !c.equals("USD")).toList();
            return enumValue(name, codes);
        }
        if (n.contains("date") || n.equals("as_of") || d.contains("iso date") || d.contains("yyyy-mm-dd")) {
            return date(n);
        }
        if (n.contains("email")) {
            return first(EMAIL, 0);
        }
        if (n.matches(".*(ticker|symbol).*")) {
            Optional<String> ticker = tickers().stream().filter(t -> !claimedTickers.contains(t)).findFirst();
            ticker.ifPresent(claimedTickers::add);
            return ticker;
        }
        if (n.endsWith("id") || n.matches(".*(sku|code|reference|number|tracking|account).*")) {
            boolean named = lower.contains(n.split("_")[0]);
            return required || named || Identifiers.shapeOf(description).isPresent()
                    ? identifiedBy(n, description) : Optional.empty();
        }
        List<String> examples = exampleList(description);
        if (!examples.isEmpty()) {
            Optional<String> value = enumValue(name, examples);
            return required || value.map(v -> cued(v, n)).orElse(false) ? value : Optional.empty();
        }
        if (n.contains("reason") || n.contains("why")) {
            // without a "because", a required reason is the request itself ("I want to speak to a human")
            return Phrases.reason(text).or(() -> required ? Optional.of(text.strip()) : Optional.empty());
        }
        if (n.matches(".*(question|request|task|instruction|prompt|input).*")) {
            // a parameter that takes the user's words as they are (a policy question, a delegated request)
            return Optional.of(text.strip());
        }
        if (n.matches(".*(query|search|keyword|text|message|term).*")) {
            Optional<String> phrase = Phrases.find(text);
            strongEvidence += phrase.isPresent() ? 1 : 0;
            return phrase;
        }
        return Optional.empty();
    }

    private Optional<String> identifiedBy(String name, String description) {
        String first = name.split("_")[0];
        boolean initialRule = name.endsWith("_id") && !first.equals("account") && first.length() > 1;
        Optional<String> id = identifiers.find(description, name.contains("code"), cue(name),
                initialRule ? first.charAt(0) : null);
        if (identifiers.lastWasCued()) {
            strongEvidence++;
        }
        return id;
    }

    /** Records a value introduced by a cue found elsewhere ("200 a month" for a periodic payment). */
    void noteStrongEvidence() {
        strongEvidence++;
    }

    /** How many values were introduced by a cue ("cart C1", "looking for ..."): strong evidence for a tool. */
    int strongEvidence() {
        return strongEvidence;
    }

    /** The words that introduce a parameter's identifier: "cart" for cart_id, "code" or "coupon" for code. */
    private static String cue(String name) {
        String first = name.split("_")[0];
        return first.equals("code") ? "code|coupon|promo code|discount code" : Pattern.quote(first);
    }

    /** Whether an optional choice is introduced as one: "in Footwear", "category Footwear". */
    private boolean cued(String value, String name) {
        int at = lower.indexOf(value.toLowerCase(Locale.ROOT));
        return at >= 0 && (precededBy(at, "in", "from", "under") || lower.contains(name + " "));
    }

    /** Identifiers and tickers in the text that no parameter took: evidence a tool leaves unexplained. */
    int unusedEvidence() {
        long tickers = tickers().stream().filter(t -> !claimedTickers.contains(t)).count();
        return identifiers.unclaimed() + (int) tickers;
    }

    /** The values listed after "e.g." in a description: "Category, e.g. Footwear, Apparel, Outdoor". */
    static List<String> exampleList(String description) {
        if (description == null) {
            return List.of();
        }
        Matcher m = Pattern.compile("e\\.g\\.\\s+([A-Z][\\w]*(?:,\\s*[A-Z][\\w]*)+)").matcher(description);
        return m.find() ? List.of(m.group(1).split(",\\s*")) : List.of();
    }

    List<String> list(String name, String itemDescription) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*(ticker|symbol).*")) {
            return tickers();
        }
        if (n.endsWith("ids")) {
            // product ids start with P: a cart, a line or a discount code in the request is none of them
            Character initial = n.startsWith("product") ? Character.valueOf('P') : null;
            List<String> ids = new ArrayList<>();
            for (Optional<String> id = identifiers.find(itemDescription, false, null, initial); id.isPresent();
                 id = identifiers.find(itemDescription, false, null, initial)) {
                ids.add(id.get());
            }
            return ids;
        }
        return string(name, itemDescription, false).map(List::of).orElse(List.of());
    }

    /** The one currency the request names, if it names exactly one ("all in naira", "alles EUR"). */
    Optional<String> onlyCurrency() {
        List<String> named = currenciesMentioned(false);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** ISO codes written in capitals, and currencies named by word or symbol. */
    private List<String> currenciesMentioned(boolean withSymbols) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b([A-Z]{3})\\b").matcher(text);
        while (m.find()) {
            if (ISO_CODES.contains(m.group(1))) {
                codes.add(m.group(1));
            }
        }
        if (RUPEES.matcher(lower).find()) {
            codes.add("INR");
        }
        if (RAND.matcher(text).find()) {
            codes.add("ZAR");
        }
        Matcher typed = Pattern.compile("(?<![\\w])([a-z]{3})(?![\\w])").matcher(lower);
        while (typed.find()) {
            if (TYPED_CODES.contains(typed.group(1))) {
                codes.add(typed.group(1).equals("rmb") ? "CNY" : typed.group(1).toUpperCase(Locale.ROOT));
            }
        }
        SYNONYMS.forEach((word, code) -> {
            // "¥" is yen or yuan: only a required currency takes it from the symbol
            boolean ambiguous = word.equals("¥");
            if ((withSymbols || !ambiguous) && lower.contains(word)) {
                codes.add(code);
            }
        });
        return List.copyOf(codes);
    }

    private Optional<String> date(String name) {
        List<Hit> dates = new ArrayList<>();
        WrittenDates.find(text).forEach(f -> dates.add(new Hit(f.iso(), f.start())));
        Matcher word = WORD_DATE.matcher(text);
        while (word.find()) {
            int at = word.start();
            if (dates.stream().noneMatch(h -> h.start == at)) {
                parseWordDate(word.group(1)).ifPresent(d -> dates.add(new Hit(d, at)));
            }
        }
        if (dates.isEmpty() && name.matches(".*(start|end|from|_to|until).*")) {
            // "im Jahr 2024", "in 2024", "2024年": a calendar year is its first and last day
            return CalendarYear.in(text).map(year -> year + (name.matches(".*(end|_to|until).*") ? "-12-31" : "-01-01"));
        }
        boolean range = dates.size() >= 2;
        dates.removeIf(h -> claimed.contains(h.start));
        dates.sort(Comparator.comparingInt(Hit::start));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        boolean end = name.matches(".*(end|_to|until|last).*");
        if (end && !range && !precededBy(dates.get(0).start, "to", "until", "through", "before", "and")) {
            return Optional.empty();
        }
        Hit chosen = end ? dates.get(dates.size() - 1) : dates.get(0);
        claimed.add(chosen.start);
        return Optional.of(chosen.value);
    }

    private static Optional<String> parseWordDate(String written) {
        String cleaned = written.replace(",", "").replace(".", "");
        for (String pattern : List.of("MMMM d yyyy", "MMM d yyyy")) {
            try {
                return Optional.of(LocalDate.parse(cleaned, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                        .toString());
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** A ticker in a text: the symbol and where it was written (as a symbol or a company name). */
    record Ticker(String symbol, int start, int end) {
    }

    private List<String> tickers() {
        List<String> out = new ArrayList<>();
        tickersIn(text).stream().map(Ticker::symbol).filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    /** Tickers written as symbols, and company names a pack maps to its symbols ({@link Aliases}), in order. */
    static List<Ticker> tickersIn(String text) {
        List<Aliases.Found> named = Aliases.standard().find(text);
        List<Ticker> hits = new ArrayList<>();
        named.forEach(f -> hits.add(new Ticker(f.value(), f.start(), f.end())));
        Matcher m = TICKER.matcher(text);
        // in a message written in capitals ("I SAID SELL ALL 40 META SHARES") only known symbols are tickers
        long letters = text.chars().filter(Character::isLetter).count();
        boolean shouting = letters >= 12 && text.chars().filter(Character::isUpperCase).count() >= letters * 0.8;
        java.util.Set<String> known = shouting ? Aliases.standard().values() : java.util.Set.of();
        while (m.find()) {
            String word = m.group(1);
            int at = m.start();
            int end = m.end();
            boolean excluded = NOT_TICKERS.contains(word) || COMMON_CAPS.contains(word) || ISO_CODES.contains(word)
                    || shouting && !known.contains(word);
            boolean insideName = named.stream().anyMatch(f -> at < f.end() && end > f.start());
            if (!excluded && !insideName) {
                hits.add(new Ticker(word, at, end));
            }
        }
        hits.sort(Comparator.comparingInt(Ticker::start));
        return hits;
    }

    private Optional<String> first(Pattern pattern, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }
}
