package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.ToolResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one file's JSON tree into scenarios, refusing anything it does not know: an unknown key would otherwise be
 * a check the author believes in and nobody runs. Error messages name the file and the path inside it.
 */
final class ScenarioReader {

    static final Set<String> AGENTS = Set.of("finance", "shop", "support");
    static final int MAX_TURNS = 20;

    private static final Set<String> SCENARIO_KEYS = Set.of("id", "agent", "description", "session", "tags",
            "approvals", "forbid_calls", "turns");
    private static final Set<String> TURN_KEYS = Set.of("user", "expect_calls", "allow_calls", "forbid_calls",
            "expect_facts", "forbid_facts", "approvals");
    private static final Set<String> CALL_KEYS = Set.of("tool", "args", "outcome");
    private static final Set<String> MATCHER_KEYS = Set.of("exact", "number", "tolerance", "regex", "any");

    private final String file;

    ScenarioReader(String file) {
        this.file = file;
    }

    List<Scenario> scenarios(JsonNode root) {
        if (!root.isObject() || !root.path("scenarios").isArray() || root.size() != 1) {
            throw error("", "expected an object with one key, \"scenarios\": [ ... ]");
        }
        List<Scenario> result = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        for (int i = 0; i < list.size(); i++) {
            result.add(scenario(list.get(i), "scenarios[" + i + "]"));
        }
        return result;
    }

    private Scenario scenario(JsonNode node, String where) {
        requireKeys(node, where, SCENARIO_KEYS, Set.of("id", "agent", "description", "turns"));
        String id = text(node, "id", where);
        String at = where + " (" + id + ")";
        String agent = text(node, "agent", at);
        if (!AGENTS.contains(agent)) {
            throw error(at + ".agent", "unknown agent '" + agent + "'; use finance, shop or support");
        }
        Map<String, Approval> approvals = approvals(node.get("approvals"), at + ".approvals");
        Set<String> forbidden = names(node.get("forbid_calls"), at + ".forbid_calls");
        JsonNode turns = node.get("turns");
        if (!turns.isArray() || turns.isEmpty() || turns.size() > MAX_TURNS) {
            throw error(at + ".turns", "must be a list of 1 to " + MAX_TURNS + " turns");
        }
        List<Turn> parsed = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            parsed.add(turn(turns.get(i), at + ".turns[" + i + "]", approvals, forbidden));
        }
        String session = node.has("session") ? text(node, "session", at) : "eval-" + id;
        List<String> tags = List.copyOf(names(node.get("tags"), at + ".tags"));
        return new Scenario(id, agent, text(node, "description", at), session, tags, parsed);
    }

    private Turn turn(JsonNode node, String where, Map<String, Approval> scenarioApprovals, Set<String> scenarioForbidden) {
        requireKeys(node, where, TURN_KEYS, Set.of("user"));
        List<ExpectedCall> calls = new ArrayList<>();
        JsonNode expect = node.path("expect_calls");
        requireArray(expect, where + ".expect_calls");
        for (int i = 0; i < expect.size(); i++) {
            calls.add(call(expect.get(i), where + ".expect_calls[" + i + "]"));
        }
        Map<String, Approval> approvals = new LinkedHashMap<>(scenarioApprovals);
        approvals.putAll(approvals(node.get("approvals"), where + ".approvals"));
        Set<String> forbidden = new LinkedHashSet<>(scenarioForbidden);
        forbidden.addAll(names(node.get("forbid_calls"), where + ".forbid_calls"));
        Set<String> allowed = names(node.get("allow_calls"), where + ".allow_calls");
        for (ExpectedCall call : calls) {
            if (forbidden.contains(call.tool())) {
                throw error(where, "'" + call.tool() + "' is both expected and forbidden");
            }
        }
        return new Turn(text(node, "user", where), calls, allowed, forbidden, facts(node.get("expect_facts"),
                where + ".expect_facts"), facts(node.get("forbid_facts"), where + ".forbid_facts"), approvals);
    }

    private ExpectedCall call(JsonNode node, String where) {
        requireKeys(node, where, CALL_KEYS, Set.of("tool"));
        Map<String, ArgumentMatcher> args = new LinkedHashMap<>();
        JsonNode given = node.path("args");
        if (!given.isMissingNode() && !given.isObject()) {
            throw error(where + ".args", "must be an object of argument matchers");
        }
        for (Map.Entry<String, JsonNode> arg : given.properties()) {
            args.put(arg.getKey(), argument(arg.getValue(), where + ".args." + arg.getKey()));
        }
        Optional<ToolResult.Outcome> outcome = Optional.empty();
        if (node.has("outcome")) {
            String value = text(node, "outcome", where);
            outcome = Optional.of(switch (value) {
                case "ok" -> ToolResult.Outcome.OK;
                case "denied" -> ToolResult.Outcome.DENIED;
                case "error" -> ToolResult.Outcome.ERROR;
                default -> throw error(where + ".outcome", "'" + value + "' is not ok, denied or error");
            });
        }
        return new ExpectedCall(text(node, "tool", where), args, outcome);
    }

    /** An object made only of matcher keys is a matcher; anything else is an exact value. */
    private ArgumentMatcher argument(JsonNode spec, String where) {
        if (!spec.isObject() || spec.isEmpty() || !MATCHER_KEYS.containsAll(keys(spec))) {
            return new ArgumentMatcher.Exact(spec);
        }
        if (spec.has("exact") && spec.size() == 1) {
            return new ArgumentMatcher.Exact(spec.get("exact"));
        }
        if (spec.has("number") && (spec.size() == 1 || spec.size() == 2 && spec.has("tolerance"))) {
            return new ArgumentMatcher.Near(number(spec.get("number"), where + ".number"), tolerance(spec, where));
        }
        if (spec.has("regex") && spec.size() == 1) {
            return new ArgumentMatcher.Regex(pattern(spec.get("regex"), where));
        }
        if (spec.has("any") && spec.size() == 1 && spec.get("any").asBoolean(false)) {
            return new ArgumentMatcher.Any();
        }
        throw error(where, "a matcher is one of {\"exact\": v}, {\"number\": n, \"tolerance\": t}, {\"regex\": r}, "
                + "{\"any\": true}; got " + spec);
    }

    private List<FactMatcher> facts(JsonNode node, String where) {
        if (node == null) {
            return List.of();
        }
        requireArray(node, where);
        List<FactMatcher> facts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            facts.add(fact(node.get(i), where + "[" + i + "]"));
        }
        return facts;
    }

    private FactMatcher fact(JsonNode spec, String where) {
        if (spec.isTextual() && !spec.textValue().isBlank()) {
            return new FactMatcher.Text(spec.textValue());
        }
        if (spec.isObject() && spec.size() == 1 && spec.has("regex")) {
            return new FactMatcher.Regex(pattern(spec.get("regex"), where));
        }
        if (spec.isObject() && spec.has("number") && (spec.size() == 1 || spec.size() == 2 && spec.has("tolerance"))) {
            return new FactMatcher.Number(number(spec.get("number"), where + ".number"), tolerance(spec, where));
        }
        throw error(where, "a fact is text, {\"regex\": r} or {\"number\": n, \"tolerance\": t}; got " + spec);
    }

    private Map<String, Approval> approvals(JsonNode node, String where) {
        Map<String, Approval> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        if (!node.isObject()) {
            throw error(where, "must be an object of tool name to \"approve\" or \"deny\"");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String value = entry.getValue().asText("").toLowerCase(Locale.ROOT);
            result.put(entry.getKey(), switch (value) {
                case "approve" -> Approval.APPROVE;
                case "deny" -> Approval.DENY;
                default -> throw error(where + "." + entry.getKey(), "must be \"approve\" or \"deny\", got "
                        + entry.getValue());
            });
        }
        return result;
    }

    private Set<String> names(JsonNode node, String where) {
        Set<String> result = new LinkedHashSet<>();
        if (node == null) {
            return result;
        }
        requireArray(node, where);
        for (JsonNode name : node) {
            if (!name.isTextual() || name.textValue().isBlank()) {
                throw error(where, "must be a list of names, got " + name);
            }
            result.add(name.textValue());
        }
        return result;
    }

    private BigDecimal tolerance(JsonNode spec, String where) {
        BigDecimal tolerance = spec.has("tolerance") ? number(spec.get("tolerance"), where + ".tolerance") : BigDecimal.ZERO;
        if (tolerance.signum() < 0) {
            throw error(where + ".tolerance", "must be >= 0, got " + tolerance);
        }
        return tolerance;
    }

    private BigDecimal number(JsonNode node, String where) {
        if (node == null || !node.isNumber()) {
            throw error(where, "must be a number, got " + node);
        }
        return node.decimalValue();
    }

    private java.util.regex.Pattern pattern(JsonNode regex, String where) {
        if (!regex.isTextual()) {
            throw error(where + ".regex", "must be text, got " + regex);
        }
        try {
            return java.util.regex.Pattern.compile(regex.textValue());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error(where + ".regex", "is not a valid regular expression: " + e.getDescription());
        }
    }

    private String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw error(where + "." + key, "must be non-blank text, got " + value);
        }
        return value.textValue();
    }

    private void requireArray(JsonNode node, String where) {
        if (!node.isMissingNode() && !node.isArray()) {
            throw error(where, "must be a list");
        }
    }

    private void requireKeys(JsonNode node, String where, Set<String> allowed, Set<String> required) {
        if (!node.isObject()) {
            throw error(where, "must be an object");
        }
        Set<String> keys = keys(node);
        for (String key : keys) {
            if (!allowed.contains(key)) {
                throw error(where, "unknown key '" + key + "'; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
        for (String key : required) {
            if (!keys.contains(key)) {
                throw error(where, "missing key '" + key + "'");
            }
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private ScenarioException error(String where, String message) {
        return new ScenarioException(file + (where.isEmpty() ? "" : ": " + where) + ": " + message);
    }
}
