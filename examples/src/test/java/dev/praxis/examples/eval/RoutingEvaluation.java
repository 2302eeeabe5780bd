package dev.praxis.examples.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.ecommerce.support.HandoffDesk;
import dev.praxis.examples.agents.SupportAgent;
import dev.praxis.finance.FinancePack;
import dev.praxis.model.offline.OfflineChatModel;
import dev.praxis.model.offline.OfflineEvaluation;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The routing evaluation of issue 15: sends every labelled request of the set (one user message, the agent's tools
 * offered) to offline mode and compares its first tool call with the label. Prints, per agent and per language,
 * top-1 tool, exact arguments, correct refusals and wrong side effects (a side-effecting tool the label does not
 * name), one column group per part.
 *
 * <p>Parts: {@code -Dpraxis.eval.part=dev} (default), {@code test}, {@code holdout}, {@code holdout2},
 * {@code holdout3}, or a comma-separated list ({@code dev,test}) for several side by side. The holdouts are each run
 * once, to report, and never tuned on (README.md of the set).
 * The sets are read from the test classpath ({@code eval/routing/<agent>-<part>.json}) or from the folder
 * {@code -Dpraxis.eval.dir}. {@code -Dpraxis.eval.verbose=true} also lists every miss. Run:
 * {@code mvn -B -ntp -pl examples -am test -Dtest=RoutingEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (dev part), or this class's {@code main} on the examples test classpath with the properties above.
 */
public final class RoutingEvaluation {

    static final List<String> AGENTS = List.of("finance", "shop", "support");
    /** Every part of the set: dev, test and the held-out parts, each of which is run once to report (README.md). */
    static final List<String> PARTS = List.of("dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
            "holdout6", "holdout7", "holdout8", "holdout9");
    /**
     * The day the sets were written (2026-12-01): their labels date statement lines typed without a year ("11/02
     * Netflix") to that day's year, so the evaluation reads them as of that day, whenever it runs.
     */
    static final java.time.Clock WRITTEN_ON = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
            java.time.ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tallies of one part: by agent, then by language ({@code "all"} for the agent's total). */
    record Result(String part, Map<String, Map<String, RoutingTally>> byAgent, List<String> misses) {

        /** The tally over every agent and language. */
        RoutingTally total() {
            RoutingTally total = new RoutingTally();
            byAgent.values().forEach(langs -> total.add(langs.get("all")));
            return total;
        }
    }

    private RoutingEvaluation() {
    }

    /** Prints the table for the parts named by {@code praxis.eval.part}. */
    public static void main(String[] args) {
        List<Result> results = new ArrayList<>();
        for (String part : System.getProperty("praxis.eval.part", "dev").split(",")) {
            results.add(run(part.strip(), new AllMiniLmL6V2QuantizedEmbeddingModel()));
        }
        System.out.print(table(results));
        if (Boolean.getBoolean("praxis.eval.verbose")) {
            results.forEach(r -> r.misses().forEach(m -> System.out.println(r.part() + " miss: " + m)));
        }
    }

    /** Evaluates offline mode on one part of the set. */
    static Result run(String part, dev.langchain4j.model.embedding.EmbeddingModel embeddings) {
        OfflineChatModel model = new OfflineChatModel(embeddings, WRITTEN_ON);
        Map<String, Map<String, RoutingTally>> byAgent = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (String agent : AGENTS) {
            List<Tool> tools = tools(agent, model);
            Map<String, RoutingTally> byLang = new LinkedHashMap<>();
            byLang.put("all", new RoutingTally());
            for (RoutingItem item : read(agent, part)) {
                RoutingTally one = score(model, tools, item, misses);
                byLang.get("all").add(one);
                byLang.computeIfAbsent(item.lang(), l -> new RoutingTally()).add(one);
            }
            byAgent.put(agent, byLang);
        }
        return new Result(part, byAgent, misses);
    }

    /** The agent's tools as `praxis ask --agent` offers them. */
    static List<Tool> tools(String agent, ChatModel model) {
        return switch (agent) {
            case "finance" -> FinancePack.tools();
            case "shop" -> EcommercePack.builder().build().tools();
            case "support" -> SupportAgent.tools(Agent.builder().name("finance").model(model).build(),
                    Agent.builder().name("shop").model(model).build(), new HandoffDesk(Clock.systemUTC()));
            default -> throw new IllegalArgumentException("unknown agent " + agent);
        };
    }

    private static RoutingTally score(ChatModel model, List<Tool> tools, RoutingItem item, List<String> misses) {
        List<ToolSpecification> specs = tools.stream().map(t -> t.spec().toSpecification()).toList();
        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from(item.request()))
                .toolSpecifications(specs).build());
        List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
        ToolExecutionRequest call = calls == null || calls.isEmpty() ? null : calls.get(0);
        RoutingTally tally = new RoutingTally();
        boolean labelNamesIt = call != null && item.expectsCall() && item.tool().equals(call.name());
        boolean sideEffect = call != null && sideEffect(tools, call.name()) != SideEffect.READ_ONLY;
        tally.wrongSideEffects = sideEffect && !labelNamesIt ? 1 : 0;
        boolean right;
        if (item.expectsCall()) {
            tally.calls = 1;
            tally.toolHits = labelNamesIt ? 1 : 0;
            tally.exactHits = labelNamesIt && argumentsMatch(item, call, specOf(tools, call.name())) ? 1 : 0;
            right = tally.exactHits == 1;
        } else {
            tally.noCalls = 1;
            tally.correctRefusals = call == null || item.allowed().contains(call.name()) ? 1 : 0;
            right = tally.correctRefusals == 1;
        }
        if (!right || tally.wrongSideEffects > 0) {
            misses.add(item.id() + " [" + item.kind() + "] " + item.request() + " -> "
                    + (call == null ? "no call: " + firstLine(response.aiMessage().text())
                    : call.name() + " " + call.arguments())
                    + " (expected " + (item.expectsCall() ? item.tool() + " " + item.arguments() : "no call")
                    + ")" + (tally.wrongSideEffects > 0 ? " WRONG SIDE EFFECT" : ""));
        }
        return tally;
    }

    /**
     * Exact arguments, under the sets' two labelling rules (examples/src/test/resources/eval/routing/README*.md):
     * arguments in the user's own words ({@link RoutingSetShapeTest#FREE_TEXT}) are not labelled and not
     * compared, and an argument the label leaves out may be sent at the default its description documents
     * ("default USD", "MARKET (default)"). Support labels with empty arguments leave them uncompared: the specialist
     * gets the whole request.
     */
    static boolean argumentsMatch(RoutingItem item, ToolExecutionRequest call, JsonNode schema) {
        if (item.agent().equals("support") && item.arguments().isEmpty()) {
            return true;
        }
        try {
            JsonNode parsed = JSON.readTree(call.arguments() == null || call.arguments().isBlank() ? "{}"
                    : call.arguments());
            if (!parsed.isObject()) {
                return false;
            }
            ObjectNode actual = (ObjectNode) parsed.deepCopy();
            List<String> names = new ArrayList<>();
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (item.arguments().has(name)) {
                    continue;
                }
                if (RoutingSetShapeTest.FREE_TEXT.contains(name)
                        || isDocumentedDefault(schema.path("properties").path(name), actual.get(name))) {
                    actual.remove(name);
                }
            }
            return OfflineEvaluation.sameArguments(item.arguments(), actual);
        } catch (IOException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern DEFAULT = java.util.regex.Pattern.compile(
            "(?:default(?: is)?:? ([A-Za-z0-9_.]+))|(?:([A-Za-z0-9_.]+) \\(default\\))", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean isDocumentedDefault(JsonNode property, JsonNode value) {
        java.util.regex.Matcher m = DEFAULT.matcher(property.path("description").asText(""));
        while (m.find()) {
            String documented = m.group(1) != null ? m.group(1) : m.group(2);
            if (value.isNumber() ? sameNumber(documented, value) : documented.equalsIgnoreCase(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNumber(String documented, JsonNode value) {
        try {
            return new java.math.BigDecimal(documented).compareTo(value.decimalValue()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static JsonNode specOf(List<Tool> tools, String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().map(t -> t.spec().jsonSchema())
                .orElseThrow();
    }

    private static SideEffect sideEffect(List<Tool> tools, String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().map(t -> t.spec().sideEffect())
                .orElseThrow(() -> new IllegalStateException("model called a tool it was not offered: " + name));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * Reads {@code <agent>-<part>.json} of part {@code dev}, {@code test}, {@code holdout}, {@code holdout2} or
     * {@code holdout3}; a missing set is an error, not an empty row.
     */
    static List<RoutingItem> read(String agent, String part) {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("praxis.eval.part must be one of " + PARTS + " or a "
                    + "comma-separated list of them; got " + part);
        }
        String file = agent + "-" + part + ".json";
        String dir = System.getProperty("praxis.eval.dir");
        try (InputStream in = dir != null ? Files.newInputStream(Path.of(dir, file))
                : RoutingEvaluation.class.getResourceAsStream("/eval/routing/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing routing set eval/routing/" + file);
            }
            List<RoutingItem> items = JSON.readValue(in, new TypeReference<List<RoutingItem>>() { });
            items.forEach(i -> {
                if (!i.agent().equals(agent)) {
                    throw new IllegalStateException(file + ": item " + i.id() + " is for agent " + i.agent());
                }
            });
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routing set " + file, e);
        }
    }

    /** One row per agent and language (and a total), one column group per part. */
    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder("| agent | lang |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Result r : results) {
            out.append(String.format(" %1$s n | %1$s top-1 | %1$s exact args | %1$s correct refusals | "
                    + "%1$s wrong side effects |", r.part()));
            rule.append("---|---|---|---|---|");
        }
        out.append('\n').append(rule).append('\n');
        for (String agent : AGENTS) {
            TreeSet<String> langs = new TreeSet<>();
            results.forEach(r -> langs.addAll(r.byAgent().get(agent).keySet()));
            langs.remove("all");
            List<String> rows = new ArrayList<>(langs);
            rows.add("all");
            for (String lang : rows) {
                out.append("| ").append(agent).append(" | ").append(lang).append(" |");
                results.forEach(r -> out.append(r.byAgent().get(agent).getOrDefault(lang, new RoutingTally()).cells())
                        .append('|'));
                out.append('\n');
            }
        }
        out.append("| **all** | all |");
        results.forEach(r -> out.append(r.total().cells()).append('|'));
        return out.append('\n').toString();
    }
}
