package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.praxis.json.PraxisJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of tools with unique names that checks every call before it runs: the tool must exist (an
 * unknown name gets the list of real names), the arguments must be a JSON object matching the schema. A tool
 * that throws becomes an error result with its message, never a stack trace.
 *
 * <pre>{@code
 * ToolBox box = ToolBox.of(Tools.from(new LoanCalculator()));
 * ToolResult r = box.call("loan_payment", "{\"principal\": 200000, \"annual_rate\": 6.5, \"term_months\": 360}",
 *                         ToolContext.standalone());
 * }</pre>
 */
public final class ToolBox {

    private static final Logger LOG = LoggerFactory.getLogger(ToolBox.class);

    private final Map<String, Tool> tools;
    private final List<ToolSpecification> specifications;

    private ToolBox(Map<String, Tool> tools) {
        this.tools = tools;
        this.specifications = tools.values().stream().map(t -> t.spec().toSpecification()).toList();
    }

    /** A toolbox of {@code tools}; throws when two share a name. */
    public static ToolBox of(Collection<? extends Tool> tools) {
        Map<String, Tool> byName = new LinkedHashMap<>();
        for (Tool tool : tools) {
            Tool previous = byName.putIfAbsent(tool.name(), tool);
            if (previous != null) {
                throw new IllegalArgumentException("two tools are named '" + tool.name() + "': " + previous + " and " + tool);
            }
        }
        return new ToolBox(java.util.Collections.unmodifiableMap(byName));
    }

    public static ToolBox of(Tool... tools) {
        return of(List.of(tools));
    }

    /** This toolbox plus {@code more}. */
    public ToolBox with(Collection<? extends Tool> more) {
        List<Tool> all = new java.util.ArrayList<>(tools.values());
        all.addAll(more);
        return of(all);
    }

    public List<Tool> tools() {
        return List.copyOf(tools.values());
    }

    public Optional<Tool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    public boolean isEmpty() {
        return tools.isEmpty();
    }

    /** The specifications to send to the model, in registration order. */
    public List<ToolSpecification> specifications() {
        return specifications;
    }

    /** A call that passed or failed the checks that come before approval and execution. */
    public sealed interface Checked permits Valid, Invalid {
    }

    /** A call to an existing tool with schema-valid arguments. */
    public record Valid(Tool tool, JsonNode arguments) implements Checked {
    }

    /** A call rejected before execution, with the message for the model. */
    public record Invalid(ToolResult result) implements Checked {
    }

    /** Checks the tool name and arguments; never runs the tool. */
    public Checked check(String name, String argumentsJson) {
        Tool tool = tools.get(name);
        if (tool == null) {
            return new Invalid(ToolResult.error("unknown tool '" + name + "'. Available tools: "
                    + String.join(", ", tools.keySet())));
        }
        JsonNode arguments;
        try {
            arguments = argumentsJson == null || argumentsJson.isBlank()
                    ? PraxisJson.mapper().createObjectNode() : PraxisJson.parse(argumentsJson);
        } catch (IllegalArgumentException e) {
            return new Invalid(ToolResult.error("arguments for " + name + " are not valid JSON (" + e.getMessage()
                    + "). Send one JSON object with double-quoted keys, matching the tool's parameters schema."));
        }
        return check(tool, arguments);
    }

    /** Checks already parsed arguments for {@code tool}. */
    public Checked check(Tool tool, JsonNode arguments) {
        List<String> problems = ArgumentValidator.validate(tool.spec(), arguments);
        if (!problems.isEmpty()) {
            return new Invalid(ToolResult.error(new ToolArgumentException(tool.name(), problems).getMessage()));
        }
        return new Valid(tool, arguments);
    }

    /** Runs a checked call; tool failures become error results. */
    public static ToolResult execute(Valid call, ToolContext context) {
        try {
            return ToolResult.ok(call.tool().execute(call.arguments(), context));
        } catch (ToolException e) {
            return ToolResult.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResult.error(call.tool().name() + " was interrupted");
        } catch (Exception e) {
            LOG.warn("tool {} failed", call.tool().name(), e);
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return ToolResult.error(call.tool().name() + " failed: " + message);
        }
    }

    /** Checks and runs a call without any approval step: for read-only use, tests and the CLI's {@code tools call}. */
    public ToolResult call(String name, String argumentsJson, ToolContext context) {
        Checked checked = check(name, argumentsJson);
        return checked instanceof Valid valid ? execute(valid, context) : ((Invalid) checked).result();
    }
}
