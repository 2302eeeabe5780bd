package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.Tool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code praxis tools list} for a person at a terminal: tools grouped by pack, each with its side effect and
 * description, then one entry per parameter with its type, whether it is required, its allowed values and bounds;
 * every line wrapped to the terminal's width. Nested objects are summarised; {@code --json} gives the full schema.
 */
final class ToolListing {

    /** Used when {@code COLUMNS} is unset or not a number: wide enough for a parameter and its bounds on one line. */
    static final int DEFAULT_WIDTH = 100;
    private static final int MIN_WIDTH = 40;
    private static final String TOOL_INDENT = "  ";
    private static final String TEXT_INDENT = "      ";
    private static final String PARAMETER_INDENT = "    - ";
    private static final String PARAMETER_TEXT_INDENT = "        ";
    /**
     * The bounds core writes at the end of a parameter's description for the model ("(min 0, max 100)", "(at most
     * 1200 items)"): the listing shows them from the schema, so they would appear twice.
     */
    private static final Pattern BOUNDS_SUFFIX = Pattern.compile("\\s*\\((min|max|at most) [^()]*\\)$");

    private final int width;
    private final StringBuilder out = new StringBuilder();

    private ToolListing(int width) {
        this.width = width;
    }

    /** The width to wrap at: {@code COLUMNS} from the environment (set by shells for their children), else 100. */
    static int width(Map<String, String> env) {
        try {
            return Math.max(MIN_WIDTH, Integer.parseInt(env.getOrDefault("COLUMNS", "").trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** The listing of {@code packs} (pack name to its tools, in display order) wrapped at {@code width}. */
    static String render(Map<String, List<Tool>> packs, int width) {
        ToolListing listing = new ToolListing(Math.max(MIN_WIDTH, width));
        packs.forEach(listing::pack);
        listing.wrap("", "", "Full JSON schemas: praxis tools list --json");
        return listing.out.toString();
    }

    private void pack(String name, List<Tool> tools) {
        wrap("", "", name + " (" + tools.size() + (tools.size() == 1 ? " tool)" : " tools)"));
        for (Tool tool : tools) {
            out.append('\n');
            wrap(TOOL_INDENT, TEXT_INDENT, tool.name() + " [" + sideEffect(tool) + "]");
            wrap(TEXT_INDENT, TEXT_INDENT, tool.spec().description());
            parameters(tool.spec().jsonSchema());
        }
        out.append('\n');
    }

    private static String sideEffect(Tool tool) {
        return tool.spec().sideEffect().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void parameters(JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").properties().forEach(p -> {
            JsonNode property = p.getValue();
            String facts = String.join(", ", facts(property, required.contains(p.getKey())));
            String description = BOUNDS_SUFFIX.matcher(property.path("description").asText("")).replaceFirst("");
            wrap(PARAMETER_INDENT, PARAMETER_TEXT_INDENT, p.getKey() + " (" + facts + ")"
                    + (description.isBlank() ? "" : ": " + description));
        });
    }

    /** Type, required or optional, allowed values, bounds: what a caller must know to write the argument. */
    private static List<String> facts(JsonNode property, boolean required) {
        List<String> facts = new ArrayList<>();
        facts.add(type(property));
        facts.add(required ? "required" : "optional");
        Optional.ofNullable(property.get("enum")).ifPresent(values -> {
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(v.asText()));
            facts.add("one of " + String.join(" | ", names));
        });
        bound(property, "minimum", "min ").ifPresent(facts::add);
        bound(property, "maximum", "max ").ifPresent(facts::add);
        bound(property, "maxLength", "at most ").map(s -> s + " chars").ifPresent(facts::add);
        bound(property, "maxItems", "at most ").map(s -> s + " items").ifPresent(facts::add);
        return facts;
    }

    private static String type(JsonNode property) {
        String type = property.path("type").asText("any");
        if (type.equals("array")) {
            return "array of " + property.path("items").path("type").asText("any");
        }
        return type;
    }

    private static Optional<String> bound(JsonNode property, String keyword, String label) {
        JsonNode value = property.get(keyword);
        return value == null ? Optional.empty() : Optional.of(label + value.asText());
    }

    /** Appends {@code text} word-wrapped at the width: the first line after {@code first}, the rest after {@code rest}. */
    private void wrap(String first, String rest, String text) {
        StringBuilder line = new StringBuilder(first);
        int lineStart = first.length();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                lineStart = rest.length();
            }
            if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
