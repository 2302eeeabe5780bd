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
    record Extraction(ObjectNode arguments, List<String> missing) {
    }

    private enum Role { PERCENT, DURATION, MONEY, COUNT, OTHER }

    Extraction extract(String text, JsonObjectSchema schema) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        List<String> missing = new ArrayList<>();
        if (schema == null || schema.properties() == null) {
            return new Extraction(args, missing);
        }
        Mentions mentions = new Mentions(text);
        TextValues values = new TextValues(text);
        List<Map.Entry<String, JsonSchemaElement>> ordered = new ArrayList<>(schema.properties().entrySet());
        ordered.sort(Comparator.comparingInt(e -> role(e.getKey(), e.getValue()).ordinal()));
        List<String> required = schema.required() == null ? List.of() : schema.required();
        for (Map.Entry<String, JsonSchemaElement> property : ordered) {
            boolean filled = fill(args, property.getKey(), property.getValue(), mentions, values);
            if (!filled && required.contains(property.getKey())) {
                missing.add(property.getKey());
            }
        }
        ObjectNode inSchemaOrder = JsonNodeFactory.instance.objectNode();
        schema.properties().keySet().stream().filter(args::has).forEach(k -> inSchemaOrder.set(k, args.get(k)));
        return new Extraction(inSchemaOrder, missing);
    }

    private boolean fill(ObjectNode args, String name, JsonSchemaElement schema, Mentions mentions,
                         TextValues values) {
        if (schema instanceof JsonEnumSchema e) {
            return values.enumValue(name, e.enumValues()).map(v -> args.put(name, v)).isPresent();
        }
        if (schema instanceof JsonIntegerSchema || schema instanceof JsonNumberSchema) {
            BigDecimal number = number(name, schema, mentions);
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
            return values.string(name, s.description()).map(v -> args.put(name, v)).isPresent();
        }
        if (schema instanceof JsonArraySchema a) {
            List<String> items = a.items() instanceof JsonEnumSchema e ? values.enumValues(e.enumValues())
                    : values.list(name, a.items() == null ? null : a.items().description());
            if (items.isEmpty()) {
                return false;
            }
            ArrayNode array = args.putArray(name);
            items.forEach(array::add);
            return true;
        }
        return false;
    }

    private BigDecimal number(String name, JsonSchemaElement schema, Mentions mentions) {
        Role role = role(name, schema);
        Mentions.Mention m = switch (role) {
            case PERCENT -> first(() -> mentions.take(Mentions.Kind.PERCENT),
                    () -> mentions.take(Mentions.Kind.NUMBER));
            case DURATION -> mentions.take(Mentions.Kind.DURATION);
            case MONEY -> first(() -> mentions.take(Mentions.Kind.MONEY), mentions::takeLargest);
            case COUNT -> mentions.takeSmallestWhole();
            case OTHER -> first(() -> mentions.take(Mentions.Kind.NUMBER), () -> mentions.take(Mentions.Kind.MONEY));
        };
        if (m == null) {
            return null;
        }
        return role == Role.DURATION ? Durations.convert(m.value, m.unit, targetUnit(name, schema)) : m.value;
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
        if (n.matches(".*(rate|percent|pct|apr|apy|interest|yield|discount|tax|growth|return).*")
                || words.contains("percent")) {
            return Role.PERCENT;
        }
        if (n.matches(".*(month|year|term|duration|period|days|weeks|horizon|tenor).*")) {
            return Role.DURATION;
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
