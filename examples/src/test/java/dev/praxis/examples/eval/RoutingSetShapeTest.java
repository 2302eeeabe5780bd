package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.agent.Agent;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the shape of the routing evaluation sets of issue 15 ({@code src/test/resources/eval/routing}, format in
 * its README.md) against the tools the example agents really offer: required fields, ids, languages and classes
 * from the agreed lists, every labelled tool known to the agent, labelled arguments accepted by the tool's own
 * argument validation ({@link ToolBox#check}), allowed tools of refusals read-only, ids and request texts unique
 * across all parts (dev, test and the held-out parts holdout, holdout2, holdout3, holdout4, holdout5
 * holdout6, holdout7 and holdout8), and dev and test
 * covering the same languages and outcomes. It never runs a model.
 *
 * <p>Assumptions: a set file that is not written yet is skipped (the sets are written on separate branches); the
 * support agent's tools are {@code ask_finance}, {@code ask_shop} and {@code handoff_to_human} (the name the format
 * reserves for a human handoff, checked against the shop pack's tool of that name), and support arguments are not
 * compared, so only their keys are checked.
 */
class RoutingSetShapeTest {

    private static final String FOLDER = "/eval/routing/";
    private static final List<String> AGENTS = List.of("finance", "shop", "support");
    /** dev is tuned on, test and the holdouts only reported; each holdout is run once (README.md). */
    private static final List<String> PARTS = List.of("dev", "test", "holdout", "holdout2", "holdout3", "holdout4",
            "holdout5", "holdout6", "holdout7", "holdout8", "holdout9");
    private static final Map<String, String> PREFIXES = Map.of("finance", "fin", "shop", "shop", "support", "sup");
    private static final Set<String> LANGUAGES = Set.of("en", "de", "es", "zh", "fr", "it");
    private static final Set<String> CLASSES = Set.of("plain", "number-words", "locale-format", "typo", "language",
            "neighbour", "list", "question", "hypothetical", "negation", "out-of-scope", "missing-value",
            "multi-step", "handoff");
    private static final Set<String> FIELDS = Set.of("id", "agent", "lang", "voice", "request", "expect", "tool",
            "arguments", "allowed", "class", "note");
    private static final Set<String> REQUIRED = Set.of("id", "agent", "lang", "voice", "request", "expect", "class");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Arguments in the shopper's own words, left out of labels and not compared (README-shop-support.md). */
    static final Set<String> FREE_TEXT = Set.of("query", "question", "reason", "summary");

    static Stream<Arguments> parts() {
        return AGENTS.stream().flatMap(agent -> PARTS.stream().map(part -> Arguments.of(agent, part)));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("parts")
    void everyItemNamesAnAgentToolWithArgumentsItsSchemaAccepts(String agent, String part) {
        List<JsonNode> items = readOrSkip(agent, part);
        ToolBox tools = toolsOf(agent);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            String where = agent + "-" + part + " " + item.path("id").asText("(no id)") + ": ";
            problems.addAll(fieldProblems(item, agent, part).stream().map(where::concat).toList());
            problems.addAll(labelProblems(item, agent, tools).stream().map(where::concat).toList());
            if (!ids.add(item.path("id").asText())) {
                problems.add(where + "duplicate id");
            }
        }
        assertThat(items).as(agent + "-" + part + " items").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "shop", "support"})
    void devAndTestPartsShareNoItemAndCoverTheSameLanguagesAndOutcomes(String agent) {
        List<JsonNode> dev = readOrSkip(agent, "dev");
        List<JsonNode> test = readOrSkip(agent, "test");

        assertThat(values(dev, "id")).doesNotContainAnyElementsOf(values(test, "id"));
        assertThat(values(dev, "request")).doesNotContainAnyElementsOf(values(test, "request"));
        assertThat(values(dev, "lang")).isEqualTo(values(test, "lang"));
        assertThat(values(dev, "expect")).containsExactly("call", "no_call").isEqualTo(values(test, "expect"));
    }

    @Test
    void noIdRepeatsAnywhereAndNoRequestTextRepeatsAcrossAnAgentsParts() {
        Map<String, String> idsSeen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String agent : AGENTS) {
            // The same words may fairly reach two agents (a greeting); within one agent a repeat leaks a label.
            Map<String, String> requestsSeen = new HashMap<>();
            for (String part : PARTS) {
                String file = agent + "-" + part;
                for (JsonNode item : readIfWritten(agent, part)) {
                    String id = item.path("id").asText();
                    String earlier = idsSeen.putIfAbsent(id, file);
                    check(problems, earlier == null || earlier.equals(file), id + " in " + file + " also in " + earlier);
                    String request = item.path("request").asText().strip();
                    String before = requestsSeen.putIfAbsent(request, file + " " + id);
                    check(problems, before == null, file + " " + id + ": same request text as " + before);
                }
            }
        }
        assertThat(idsSeen).as("some set is written").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void folderHoldsOnlyTheAgreedSetFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(RoutingSetShapeTest.class.getResource(FOLDER).toURI());
        Set<String> agreed = new TreeSet<>();
        parts().forEach(a -> agreed.add(a.get()[0] + "-" + a.get()[1] + ".json"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .as("a misspelt file name would be skipped silently")
                    .allMatch(agreed::contains);
        }
    }

    private static List<String> fieldProblems(JsonNode item, String agent, String part) {
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add("unknown field '" + name + "'");
            }
        }
        REQUIRED.stream().filter(f -> !item.path(f).isTextual() || item.path(f).asText().isBlank())
                .forEach(f -> problems.add("missing or blank '" + f + "'"));
        // The later holdouts need their own tags: a first letter would collide with holdout's ids (fin-h-001).
        String tag = switch (part) {
            case "holdout2" -> "h2";
            case "holdout3" -> "h3";
            case "holdout4" -> "h4";
            case "holdout5" -> "h5";
            case "holdout6" -> "h6";
            case "holdout7" -> "h7";
            case "holdout8" -> "h8";
            case "holdout9" -> "h9";
            default -> part.substring(0, 1);
        };
        String idPattern = PREFIXES.get(agent) + "-" + tag + "-\\d{3}";
        if (!Pattern.matches(idPattern, item.path("id").asText())) {
            problems.add("id does not match " + idPattern);
        }
        check(problems, item.path("agent").asText().equals(agent), "agent is not " + agent);
        check(problems, LANGUAGES.contains(item.path("lang").asText()), "unknown lang");
        check(problems, CLASSES.contains(item.path("class").asText()), "unknown class");
        return problems;
    }

    private static List<String> labelProblems(JsonNode item, String agent, ToolBox tools) {
        List<String> problems = new ArrayList<>();
        switch (item.path("expect").asText()) {
            case "call" -> {
                check(problems, !item.has("allowed"), "a call item has no 'allowed'");
                check(problems, item.path("arguments").isObject(), "a call item needs an 'arguments' object");
                Optional<Tool> tool = tools.find(item.path("tool").asText());
                if (tool.isEmpty()) {
                    problems.add("the agent has no tool '" + item.path("tool").asText() + "'");
                } else if (item.path("arguments").isObject()) {
                    argumentProblem(agent, tools, tool.get(), item.path("arguments")).ifPresent(problems::add);
                }
            }
            case "no_call" -> {
                check(problems, !item.has("tool") && !item.has("arguments"), "a no_call item names no tool");
                check(problems, item.path("allowed").isMissingNode() || item.path("allowed").isArray(),
                        "'allowed' is a list (absent means none)");
                item.path("allowed").forEach(name -> check(problems, tools.find(name.asText())
                                .filter(t -> t.spec().sideEffect() == SideEffect.READ_ONLY).isPresent(),
                        "allowed '" + name.asText() + "' is not a read-only tool of the agent"));
            }
            default -> problems.add("expect must be call or no_call");
        }
        return problems;
    }

    private static Optional<String> argumentProblem(String agent, ToolBox tools, Tool tool, JsonNode arguments) {
        if (agent.equals("support")) {
            Set<String> known = new HashSet<>();
            tool.spec().jsonSchema().path("properties").fieldNames().forEachRemaining(known::add);
            List<String> unknown = new ArrayList<>();
            arguments.fieldNames().forEachRemaining(k -> {
                if (!known.contains(k)) {
                    unknown.add(k);
                }
            });
            return unknown.isEmpty() ? Optional.empty() : Optional.of("unknown argument keys " + unknown);
        }
        ObjectNode filled = ((ObjectNode) arguments).deepCopy();
        // Free text is never labelled (README-shop-support.md, rule 1) and never compared: fill it in to validate.
        FREE_TEXT.forEach(name -> {
            if (!filled.has(name) && tool.spec().jsonSchema().path("properties").has(name)) {
                filled.put(name, "free text");
            }
        });
        return tools.check(tool, filled) instanceof ToolBox.Invalid invalid
                ? Optional.of(invalid.result().error()) : Optional.empty();
    }

    private static ToolBox toolsOf(String agent) {
        return switch (agent) {
            case "finance" -> ToolBox.of(FinancePack.tools());
            case "shop" -> ToolBox.of(EcommercePack.builder().build().tools());
            case "support" -> ToolBox.of(specialist("ask_finance"), specialist("ask_shop"),
                    EcommercePack.builder().build().tools().stream()
                            .filter(t -> t.name().equals("handoff_to_human")).findFirst().orElseThrow());
            default -> throw new IllegalArgumentException(agent);
        };
    }

    /** The real tool an agent becomes for the front desk; its model is never called here. */
    private static Tool specialist(String name) {
        Agent agent = Agent.builder().name(name).model(ScriptedChatModel.repeating(ScriptedChatModel.answer("unused"))).build();
        return agent.asTool(name, "specialist " + name);
    }

    private static List<JsonNode> readOrSkip(String agent, String part) {
        assumeTrue(RoutingSetShapeTest.class.getResource(FOLDER + agent + "-" + part + ".json") != null,
                agent + "-" + part + ".json is not written yet on this branch");
        return readIfWritten(agent, part);
    }

    /** The items of a set file, or none when it is not written yet. */
    private static List<JsonNode> readIfWritten(String agent, String part) {
        String resource = FOLDER + agent + "-" + part + ".json";
        try (InputStream in = RoutingSetShapeTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            JsonNode root = JSON.readTree(in);
            assertThat(root.isArray()).as(resource + " is a JSON array").isTrue();
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new AssertionError(resource + " does not parse: " + e.getMessage(), e);
        }
    }

    private static Set<String> values(List<JsonNode> items, String field) {
        Set<String> values = new TreeSet<>();
        items.forEach(i -> values.add(i.path(field).asText()));
        return values;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
