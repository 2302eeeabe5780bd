package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a tool's result as the answer: objects as "Label: value" lines, lists as bullets (at most 10),
 * errors as "The tool reported an error: ...". A list of products (items with a title and a price) becomes a short
 * table of id, title, price, rating and stock; ranking internals (score, matched by, rating count) are left to the
 * run record ({@code --json}). Values are shown as the tool returned them; nothing is computed or invented here.
 */
final class ResultRenderer {

    /** Keeps decimals exactly as the tool wrote them: 1896.20 stays 1896.20. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final int MAX_ITEMS = 10;
    private static final int MAX_TITLE = 48;

    String render(String toolName, String resultText, boolean error) {
        if (error) {
            return "The tool " + toolName + " reported an error: " + resultText;
        }
        JsonNode node = parse(resultText);
        if (node == null) {
            return "Result of " + toolName + ": " + resultText;
        }
        StringBuilder out = new StringBuilder("Result of " + toolName + ":\n");
        if (isProductPage(node)) {
            productPage(out, node);
        } else if (isProductList(node)) {
            productTable(out, node, MAX_ITEMS);
        } else if (node.isContainerNode() && node.isEmpty()) {
            // an empty list ("no recurring charges found") says so rather than printing nothing
            out.append("Nothing found.\n");
        } else {
            append(out, node, "");
        }
        return out.toString().stripTrailing();
    }

    /** A search page: one line saying how many of how many, the note if any, then the table. */
    private static void productPage(StringBuilder out, JsonNode page) {
        JsonNode results = page.get("results");
        if (results.isEmpty()) {
            out.append("No products found.\n");
        } else {
            out.append(results.size()).append(page.has("total") ? " of " + page.get("total").asText() : "")
                    .append(" products").append(page.path("page").asInt(1) > 1 ? ", page " + page.get("page").asText() : "")
                    .append(":\n");
            productTable(out, results, MAX_ITEMS);
        }
        if (page.hasNonNull("note")) {
            out.append("Note: ").append(page.get("note").asText()).append('\n');
        }
    }

    private static boolean isProductPage(JsonNode node) {
        JsonNode results = node.get("results");
        return node.isObject() && node.has("total") && results != null && results.isArray()
                && (results.isEmpty() || isProductList(results));
    }

    private static boolean isProductList(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isObject() || !item.has("title") || !(item.has("price_from") || item.has("price"))) {
                return false;
            }
        }
        return true;
    }

    /** Columns id, title, price, rating, stock, padded to the widest cell; at most {@code max} rows. */
    private static void productTable(StringBuilder out, JsonNode items, int max) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"#", "Id", "Title", "Price", "Rating", "Stock"});
        int n = 0;
        for (JsonNode item : items) {
            if (n++ == max) {
                break;
            }
            rows.add(new String[]{String.valueOf(n), item.path("product_id").asText(item.path("id").asText("")),
                    shorten(item.get("title").asText()), price(item), item.path("rating").asText(""), stock(item)});
        }
        int[] width = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == 0 ? String.format(Locale.ROOT, "%" + width[i] + "s", r[i])
                        : "  " + String.format(Locale.ROOT, "%-" + width[i] + "s", r[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (items.size() > max) {
            out.append("... and ").append(items.size() - max).append(" more\n");
        }
    }

    private static String price(JsonNode item) {
        JsonNode from = item.has("price_from") ? item.get("price_from") : item.get("price");
        String text = isMoney(from) ? money(from) : scalar(from);
        JsonNode to = item.get("price_to");
        return to != null && isMoney(to) && !to.get("amount").asText().equals(from.path("amount").asText())
                ? "from " + text : text;
    }

    private static String stock(JsonNode item) {
        JsonNode inStock = item.get("in_stock");
        return inStock == null || !inStock.isBoolean() ? "" : inStock.booleanValue() ? "in stock" : "sold out";
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 3) + "...";
    }

    private void append(StringBuilder out, JsonNode node, String indent) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                out.append(indent).append(label(field.getKey())).append(':');
                if (isMoney(value)) {
                    out.append(' ').append(money(value)).append('\n');
                } else if (value.isContainerNode() && !value.isEmpty()) {
                    out.append('\n');
                    append(out, value, indent + "  ");
                } else {
                    out.append(' ').append(scalar(value)).append('\n');
                }
            }
        } else if (node.isArray()) {
            int shown = 0;
            for (JsonNode item : node) {
                if (shown++ == MAX_ITEMS) {
                    out.append(indent).append("- ... and ").append(node.size() - MAX_ITEMS).append(" more\n");
                    break;
                }
                if (item.isContainerNode()) {
                    out.append(indent).append("-\n");
                    append(out, item, indent + "  ");
                } else {
                    out.append(indent).append("- ").append(scalar(item)).append('\n');
                }
            }
        } else {
            out.append(indent).append(scalar(node)).append('\n');
        }
    }

    /** A money value as tools write it: {@code {"amount": ..., "currency": ...}}, maybe with minor units. */
    private static boolean isMoney(JsonNode value) {
        if (!value.isObject() || !value.has("amount") || !value.has("currency")) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (!field.getKey().matches("amount|currency|minor|minor_units")) {
                return false;
            }
        }
        return true;
    }

    private static String money(JsonNode value) {
        return value.get("amount").asText() + " " + value.get("currency").asText();
    }

    private static String scalar(JsonNode value) {
        if (value.isNull()) {
            return "none";
        }
        if (value.isContainerNode()) {
            return value.isArray() ? "(none)" : "(empty)";
        }
        return value.asText();
    }

    private static String label(String key) {
        String spaced = key.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static JsonNode parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (IOException e) {
            return null;
        }
    }
}
