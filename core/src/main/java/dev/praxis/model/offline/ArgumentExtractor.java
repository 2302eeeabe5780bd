package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fills a tool's parameters from the request text according to the tool's JSON schema: numbers by what the
 * parameter means (a rate takes the percentage, a {@code months} parameter takes "30 years" as 360, an
 * amount takes the money figure), enum values by name or common synonym, dates, identifiers and tickers by
 * pattern. Parameters with words like "rate" are filled before generic ones so that each figure goes where
 * it belongs.
 */
final class ArgumentExtractor {

    /** The arguments found and the required parameters that could not be filled. */
    record Extraction(ObjectNode arguments, List<String> missing, int unusedEvidence, int strongEvidence) {
    }

    private enum Role { FREQUENCY, PERCENT, DURATION, MONEY, COUNT, OTHER }

    private static final List<String> MAX_CUES = List.of("under", "below", "less than", "at most", "up to", "max",
            "maximum", "cheaper than", "no more than", "and");
    private static final List<String> MIN_CUES = List.of("over", "above", "more than", "at least", "min", "minimum",
            "from", "between", "starting at");
    /** A bare figure above this is not a rate ("贷款30万" has no rate). */
    private static final BigDecimal PLAUSIBLE_PERCENT = BigDecimal.valueOf(100);
    private static final List<String> PRICE_CUES = List.of("@", "at", "limit", "limit price", "limit of", "zu",
            "a", "à", "al", "限价", "límite de", "limite de", "limite à", "limite a", "limite di", "limit von",
            "limit bei", "limite", "límite", "if the price is", "if price is", "if it's at", "price of");

    /** Words that call a figure an extra (prepayment) amount, written after or before it, in every language. */
    private static final List<String> EXTRA_AFTER = List.of("extra", "additional", "more", "sondertilgung",
            "zusätzlich", "mehr", "adicional", "de más", "extra al mes", "supplémentaire", "en plus", "in più",
            "aggiuntiv", "额外");
    private static final List<String> EXTRA_BEFORE = List.of("extra", "additional", "sondertilgung", "zusätzlich",
            "adicional", "abono anticipado", "supplémentaire", "en plus", "in più", "aggiuntiv", "额外", "多还",
            "提前还");

    /** What one extraction works on. */
    /** Words that give the whole statement one currency: "all in naira", "alles EUR", "todo en pesos", "全部是". */
    private static final java.util.regex.Pattern STATEMENT_WIDE = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])"
            + "(?:all in|all amounts|amounts in|alles in|alles|alle beträge|todo en|todos en|importes en|tout en|"
            + "tous en|montants en|tutto in|tutti in|importi in)(?![\\p{L}])|全部|都是");

    private record Context(String text, Mentions mentions, TextValues values, int moneyParams, String listOwner,
                           List<String> required) {
    }

    /**
     * Which numeric-list parameter a list of numbers belongs to: the only one, or the one whose name the text
     * mentions last before the numbers ("... of prices 100, 102" goes to {@code prices}).
     */
    private static String listOwner(String text, List<String> lists) {
        if (lists.size() <= 1) {
            return lists.isEmpty() ? null : lists.get(0);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int firstDigit = java.util.stream.IntStream.range(0, lower.length())
                .filter(i -> Character.isDigit(lower.charAt(i))).findFirst().orElse(lower.length());
        String before = lower.substring(0, firstDigit);
        String owner = null;
        int best = -1;
        for (String name : lists) {
            String[] words = name.split("_");
            String last = words[words.length - 1];
            String stem = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
            int at = before.lastIndexOf(stem);
            boolean qualifierOk = words.length == 1 || before.contains(words[0]);
            if (at > best && qualifierOk) {
                best = at;
                owner = name;
            }
        }
        return owner;
    }

    Extraction extract(String request, JsonObjectSchema schema) {
        String text = PastedRows.rewrite(request);
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        List<String> missing = new ArrayList<>();
        if (schema == null || schema.properties() == null) {
            return new Extraction(args, missing, 0, 0);
        }
        List<Map.Entry<String, JsonSchemaElement>> ordered = new ArrayList<>(schema.properties().entrySet());
        ordered.sort(Comparator.comparingInt(e -> order(e.getKey(), e.getValue())));
        List<String> required = schema.required() == null ? List.of() : schema.required();
        int moneyParams = (int) ordered.stream().filter(e -> role(e.getKey(), e.getValue()) == Role.MONEY
                && !e.getKey().equals("payment")).count();
        List<String> numberLists = ordered.stream().filter(e -> e.getValue() instanceof JsonArraySchema a
                && (a.items() instanceof JsonNumberSchema || a.items() instanceof JsonIntegerSchema))
                .map(Map.Entry::getKey).toList();
        String figures = LocaleNumbers.normalise(text);
        Context context = new Context(text, new Mentions(figures), new TextValues(text), moneyParams,
                listOwner(figures, numberLists), required);
        ordered.forEach(p -> address(args, p.getKey(), p.getValue(), context));
        for (Map.Entry<String, JsonSchemaElement> property : ordered) {
            boolean filled = args.has(property.getKey()) || fill(args, property.getKey(), property.getValue(), context);
            if (!filled && required.contains(property.getKey())) {
                missing.add(property.getKey());
            }
        }
        implied(args, schema);
        ObjectNode inSchemaOrder = JsonNodeFactory.instance.objectNode();
        schema.properties().keySet().stream().filter(args::has).forEach(k -> inSchemaOrder.set(k, args.get(k)));
        int unused = context.mentions().unusedCount() + context.values().unusedEvidence();
        return new Extraction(inSchemaOrder, missing, unused, context.values().strongEvidence());
    }

    /**
     * An enum value that a filled parameter names: a {@code limit_price} makes {@code order_type} LIMIT ("sell 5 at a
     * limit of 230" is a limit order even when the word "order" never comes).
     */
    private static void implied(ObjectNode args, JsonObjectSchema schema) {
        schema.properties().forEach((name, element) -> {
            if (args.has(name) || !(element instanceof JsonEnumSchema e)) {
                return;
            }
            for (String value : e.enumValues()) {
                String prefix = value.toLowerCase(Locale.ROOT) + "_";
                boolean named = schema.properties().keySet().stream()
                        .anyMatch(other -> other.startsWith(prefix) && args.has(other));
                if (named) {
                    args.put(name, value);
                    return;
                }
            }
        });
    }

    /** A typed postal address, read before any figure so that its house number and postcode go nowhere else. */
    private static void address(ObjectNode args, String name, JsonSchemaElement schema, Context context) {
        if (schema instanceof JsonObjectSchema object && Addresses.isAddress(object)) {
            Addresses.read(context.text()).ifPresent(reading -> {
                args.set(name, reading.fields());
                String lower = context.mentions().text();
                int start = lower.indexOf(reading.streetLine().toLowerCase(Locale.ROOT));
                int end = lower.indexOf(reading.lastPart().toLowerCase(Locale.ROOT), Math.max(start, 0));
                if (start >= 0 && end >= 0) {
                    context.mentions().claim(start, end + reading.lastPart().length());
                }
                context.values().noteStrongEvidence();
            });
        }
    }

    /** Numbers by role first; among strings, parameters with an example id shape before free text. */
    private static int order(String name, JsonSchemaElement schema) {
        int base = role(name, schema).ordinal() * 10;
        boolean shaped = Identifiers.shapeOf(schema.description()).isPresent();
        return base + (shaped ? 0 : 1);
    }

    private boolean fill(ObjectNode args, String name, JsonSchemaElement schema, Context context) {
        TextValues values = context.values();
        if (schema instanceof JsonEnumSchema e) {
            return values.enumValue(name, e.enumValues()).map(v -> args.put(name, v)).isPresent();
        }
        if (schema instanceof JsonIntegerSchema || schema instanceof JsonNumberSchema) {
            BigDecimal number = number(name, schema, context);
            if (number == null) {
                return false;
            }
            if (schema instanceof JsonIntegerSchema) {
                args.put(name, number.setScale(0, RoundingMode.HALF_UP).longValueExact());
            } else {
                args.put(name, number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
            }
            return true;
        }
        if (schema instanceof JsonBooleanSchema) {
            return values.flag(name).map(v -> args.put(name, v)).isPresent();
        }
        if (schema instanceof JsonStringSchema s) {
            return values.string(name, s.description(), context.required().contains(name))
                    .map(v -> args.put(name, v)).isPresent();
        }
        if (schema instanceof JsonArraySchema a) {
            return fillArray(args, name, a, context);
        }
        return false;
    }

    private boolean fillArray(ObjectNode args, String name, JsonArraySchema array, Context context) {
        if (array.items() instanceof JsonNumberSchema || array.items() instanceof JsonIntegerSchema) {
            List<BigDecimal> numbers = name.equals(context.listOwner()) ? context.mentions().numberList() : List.of();
            if (name.equals(context.listOwner()) && name.contains("flow")) {
                numbers = FlowLists.complete(numbers, context.mentions());
            }
            if (numbers.isEmpty()) {
                return false;
            }
            numbers.forEach(args.putArray(name)::add);
            return true;
        }
        if (array.items() instanceof JsonObjectSchema record && record.properties() != null) {
            return fillRecords(args, name, record, context);
        }
        List<String> items = array.items() instanceof JsonEnumSchema e ? context.values().enumValues(e.enumValues())
                : context.values().list(name, array.items() == null ? null : array.items().description());
        if (items.isEmpty()) {
            return false;
        }
        ArrayNode node = args.putArray(name);
        items.forEach(node::add);
        return true;
    }

    /** Typed-out records: dated amounts or statement lines (a date and an amount), or holdings (symbol, quantity). */
    private static boolean fillRecords(ObjectNode args, String name, JsonObjectSchema record, Context context) {
        List<String> fields = List.copyOf(record.properties().keySet());
        ArrayNode rows;
        if (fields.contains("date") && fields.contains("amount")) {
            JsonSchemaElement amount = record.properties().get("amount");
            boolean spent = amount.description() != null && amount.description().contains("spent");
            rows = TypedRows.dated(LocaleNumbers.normalise(context.text()), fields, spent);
        } else if (fields.contains("symbol") && fields.contains("quantity")) {
            rows = TypedRows.holdings(LocaleNumbers.normalise(context.text()), fields);
        } else {
            return false;
        }
        if (rows.isEmpty()) {
            return false;
        }
        if (fields.contains("currency") && STATEMENT_WIDE.matcher(context.text()).find()) {
            // a statement's one currency ("all in naira", "– alles EUR") is every line's
            context.values().onlyCurrency().ifPresent(code -> rows.forEach(row -> {
                if (!row.has("currency") && row instanceof ObjectNode line) {
                    line.put("currency", code);
                }
            }));
        }
        args.set(name, rows);
        context.mentions().claim(0, context.mentions().text().length());
        context.values().noteStrongEvidence();
        return true;
    }

    private BigDecimal number(String name, JsonSchemaElement schema, Context context) {
        Role role = role(name, schema);
        String n = name.toLowerCase(Locale.ROOT);
        if (role == Role.FREQUENCY) {
            return Periodicity.perYear(context.text());
        }
        if (n.startsWith("extra")) {
            // an extra payment is only the figure called one: "an extra $250/month", "200 € Sondertilgung"
            Mentions.Mention extra = first(() -> context.mentions().takeFollowedBy(EXTRA_AFTER),
                    () -> context.mentions().takePrecededBy(EXTRA_BEFORE));
            return extra == null ? null : extra.value;
        }
        if (n.startsWith("max") || n.endsWith("_max") || n.startsWith("min") || n.endsWith("_min")) {
            Mentions.Mention cued = context.mentions().takeAfterCue(n.contains("max") ? MAX_CUES : MIN_CUES);
            if (cued != null || !context.required().contains(name)) {
                return cued == null ? null : cued.value;
            }
        }
        if (n.endsWith("_price") && !context.required().contains(name)) {
            // an optional price (a limit) is only the figure introduced as one: "@ 415.50", "limit 410"
            Mentions.Mention cued = context.mentions().takeAfterCue(PRICE_CUES);
            return cued == null ? null : cued.value;
        }
        if (n.equals("payment")) {
            Mentions.Mention periodic = first(() -> context.mentions().takeFollowedBy(Periodicity.AFTER_AMOUNT),
                    () -> context.mentions().takePrecededBy(Periodicity.BEFORE_AMOUNT));
            if (periodic != null) {
                context.values().noteStrongEvidence();
            }
            return periodic == null ? null : MoneySigns.signed(name, periodic.value, schema.description(),
                    context.text());
        }
        return byRole(name, n, role, schema, context);
    }

    private BigDecimal byRole(String name, String n, Role role, JsonSchemaElement schema, Context context) {
        Mentions mentions = context.mentions();
        boolean single = context.moneyParams() <= 1;
        boolean required = context.required().contains(name);
        if (!required && role == Role.OTHER && !context.text().toLowerCase(Locale.ROOT).contains(n.split("_")[0])) {
            return null;
        }
        Mentions.Mention m = switch (role) {
            case FREQUENCY -> null;
            case PERCENT -> percent(schema, required, mentions);
            case DURATION -> mentions.take(Mentions.Kind.DURATION);
            case MONEY -> single ? first(() -> mentions.take(Mentions.Kind.MONEY), mentions::takeLargest)
                    : mentions.takeFirstAmount();
            case COUNT -> mentions.takeSmallestWhole();
            case OTHER -> first(() -> mentions.take(Mentions.Kind.NUMBER), () -> mentions.take(Mentions.Kind.MONEY));
        };
        if (m == null) {
            // no "over 4 years": a length in years may still be the span between two calendar years named
            return role == Role.DURATION && n.contains("year")
                    ? CalendarYear.span(context.text()).map(BigDecimal::valueOf).orElse(null) : null;
        }
        if (role == Role.MONEY) {
            return MoneySigns.signed(name, m.value, schema.description(), context.text());
        }
        if (n.equals("periods")) {
            BigDecimal perYear = Periodicity.perYear(context.text());
            BigDecimal years = Durations.convert(m.value, m.unit, "years");
            return perYear == null && !"years".equals(m.unit) ? m.value
                    : years.multiply(perYear == null ? BigDecimal.ONE : perYear).stripTrailingZeros();
        }
        if (role != Role.DURATION) {
            return m.value;
        }
        return Durations.convert(m.value, m.unit, targetUnit(name, schema));
    }

    /** "(min 50, max 99.99)" in a description: the bounds a value of the parameter must keep. */
    private static final java.util.regex.Pattern BOUNDS = java.util.regex.Pattern.compile(
            "\\(min ([\\d.]+)(?:, max ([\\d.]+))?\\)");

    /**
     * A percentage within the parameter's documented bounds: "VaR 95, daily vol 1.8%" gives the confidence 95, since
     * 1.8 is below its minimum of 50.
     */
    private static Mentions.Mention percent(JsonSchemaElement schema, boolean required, Mentions mentions) {
        java.util.regex.Matcher b = BOUNDS.matcher(schema.description() == null ? "" : schema.description());
        if (!b.find()) {
            return first(() -> mentions.take(Mentions.Kind.PERCENT),
                    () -> required ? mentions.takeAtMost(Mentions.Kind.NUMBER, PLAUSIBLE_PERCENT) : null);
        }
        BigDecimal min = new BigDecimal(b.group(1));
        BigDecimal max = b.group(2) == null ? PLAUSIBLE_PERCENT : new BigDecimal(b.group(2));
        return first(() -> mentions.takeWithin(Mentions.Kind.PERCENT, min, max),
                () -> required ? mentions.takeWithin(Mentions.Kind.NUMBER, min, max) : null);
    }

    /** The first source that yields a mention; later sources are not asked, so they claim nothing. */
    private static Mentions.Mention first(Supplier<Mentions.Mention> a, Supplier<Mentions.Mention> b) {
        Mentions.Mention found = a.get();
        return found != null ? found : b.get();
    }

    private static Role role(String name, JsonSchemaElement schema) {
        if (!(schema instanceof JsonIntegerSchema) && !(schema instanceof JsonNumberSchema)) {
            return Role.OTHER;
        }
        String words = (name + " " + (schema.description() == null ? "" : schema.description()))
                .toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("per_year") || n.contains("frequency")) {
            return Role.FREQUENCY;
        }
        if (n.matches(".*(rate|percent|pct|apr|apy|interest|yield|discount|tax|growth|return).*")
                || words.contains("percent")) {
            return Role.PERCENT;
        }
        if (n.matches(".*(month|year|term|duration|period|days|weeks|horizon|tenor).*")) {
            return Role.DURATION;
        }
        if (n.endsWith("_price") || n.endsWith("_value") || n.endsWith("_amount")) {
            return Role.MONEY;
        }
        if (n.matches(".*(quantity|qty|count|units|shares|limit|top|number_of|items|people|guests).*")) {
            return Role.COUNT;
        }
        if (n.matches(".*(amount|principal|price|cost|balance|value|total|budget|payment|income|salary|loan"
                + "|deposit|capital|sum|money|spend).*")) {
            return Role.MONEY;
        }
        return Role.OTHER;
    }

    private static String targetUnit(String name, JsonSchemaElement schema) {
        String words = (name + " " + (schema.description() == null ? "" : schema.description()))
                .toLowerCase(Locale.ROOT);
        for (String unit : List.of("month", "year", "week", "day")) {
            if (name.toLowerCase(Locale.ROOT).contains(unit)) {
                return unit + "s";
            }
        }
        for (String unit : List.of("month", "year", "week", "day")) {
            if (words.contains(unit)) {
                return unit + "s";
            }
        }
        return "months";
    }
}
