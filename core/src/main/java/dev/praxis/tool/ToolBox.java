package dev.praxis.tool;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.praxis.json.ArrayTooLongException;
import dev.praxis.json.PraxisJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of tools with unique names that checks every call before it runs: the tool must exist (an
 * unknown name gets the list of real names), the arguments must be a JSON object matching the schema, with no
 * key the schema does not name (the nearest allowed names are offered), no repeated key, no text after the
 * object, no array or string over its size limit ({@link Param#maxItems()}, {@link Param#maxLength()}). A tool
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
    // Per tool, the most items any of its arrays accepts: the parser refuses longer arrays while reading.
    private final Map<String, Integer> readCaps;

    private ToolBox(Map<String, Tool> tools) {
        this.tools = tools;
        this.specifications = tools.values().stream().map(t -> t.spec().toSpecification()).toList();
        Map<String, Integer> caps = new java.util.HashMap<>();
        tools.forEach((name, tool) -> caps.put(name, ArgumentPaths.longestArray(tool.spec())));
        this.readCaps = Map.copyOf(caps);
    }

    /**
     * A toolbox of {@code tools}; throws when two share a name.
     *
     * @param tools the tools
     * @return the toolbox
     */
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

    /**
     * A toolbox of {@code tools}; throws when two share a name.
     *
     * @param tools the tools
     * @return the toolbox
     */
    public static ToolBox of(Tool... tools) {
        return of(List.of(tools));
    }

    /**
     * This toolbox plus {@code more}.
     *
     * @param more the tools to add
     * @return the new toolbox
     */
    public ToolBox with(Collection<? extends Tool> more) {
        List<Tool> all = new java.util.ArrayList<>(tools.values());
        all.addAll(more);
        return of(all);
    }

    /**
     * The tools, in registration order.
     *
     * @return the tools
     */
    public List<Tool> tools() {
        return List.copyOf(tools.values());
    }

    /**
     * The tool called {@code name}, if any.
     *
     * @param name the tool's name
     * @return the tool, or empty
     */
    public Optional<Tool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /**
     * Whether there are no tools.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return tools.isEmpty();
    }

    /**
     * The specifications to send to the model, in registration order.
     *
     * @return the specifications
     */
    public List<ToolSpecification> specifications() {
        return specifications;
    }

    /** A call that passed or failed the checks that come before approval and execution. */
    public sealed interface Checked permits Valid, Invalid {
    }

    /**
     * A call to an existing tool with schema-valid arguments. Only {@link #check} makes one (it is a class with a
     * private constructor, not a record), so holding a {@code Valid} proves the checks ran: {@link #execute} cannot
     * be handed arguments that skipped them.
     */
    public static final class Valid implements Checked {

        private final Tool tool;
        private final JsonNode arguments;

        private Valid(Tool tool, JsonNode arguments) {
            this.tool = tool;
            this.arguments = arguments;
        }

        /**
         * The tool to run.
         *
         * @return the tool
         */
        public Tool tool() {
            return tool;
        }

        /**
         * A copy of the checked arguments, with enum values in the schema's spelling; a copy, so that changing it
         * cannot change what {@link #execute} runs.
         *
         * @return the arguments
         */
        public JsonNode arguments() {
            return arguments.deepCopy();
        }
    }

    /** A call rejected before execution, with the message for the model. */
    public record Invalid(ToolResult result) implements Checked {
    }

    /**
     * Checks the tool name and arguments; never runs the tool. Beyond {@link #check(Tool, JsonNode)}, the text
     * must be exactly one JSON value with no key repeated in an object, and reading stops at the first array
     * longer than any the tool accepts, so an oversized list is refused before it is built.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments' JSON text
     * @return the valid call or the problems
     */
    public Checked check(String name, @Nullable String argumentsJson) {
        Tool tool = tools.get(name);
        if (tool == null) {
            return new Invalid(ToolResult.error("unknown tool '" + name + "'. Available tools: "
                    + String.join(", ", tools.keySet())));
        }
        JsonNode arguments;
        try {
            arguments = argumentsJson == null || argumentsJson.isBlank()
                    ? SharedJson.mapper().createObjectNode()
                    : PraxisJson.parse(argumentsJson, readCaps.get(name));
        } catch (ArrayTooLongException e) {
            return new Invalid(ToolResult.error(new ToolArgumentException(name,
                    List.of(ArgumentPaths.tooLong(tool.spec(), e))).getMessage()));
        } catch (IllegalArgumentException e) {
            return new Invalid(ToolResult.error("arguments for " + name + " are not valid JSON (" + e.getMessage()
                    + "). Send one JSON object with double-quoted keys, each key once and nothing after it, matching the"
                    + " tool's parameters schema."));
        }
        return check(tool, arguments);
    }

    /**
     * Checks already parsed arguments for {@code tool}: its spec, then {@link Tool#argumentProblems(JsonNode)}.
     *
     * @param tool the tool
     * @param arguments the parsed arguments
     * @return the valid call or the problems
     */
    public Checked check(Tool tool, JsonNode arguments) {
        List<String> problems = ArgumentValidator.validate(tool.spec(), arguments);
        if (problems.isEmpty()) {
            problems = tool.argumentProblems(arguments);
        }
        if (!problems.isEmpty()) {
            return new Invalid(ToolResult.error(new ToolArgumentException(tool.name(), problems).getMessage()));
        }
        return new Valid(tool, EnumSpelling.canonical(tool.spec().parameters(), arguments));
    }

    /**
     * Runs a checked call; tool failures become error results.
     *
     * @param call a checked call
     * @param context who calls, in which session
     * @return the result
     */
    public static ToolResult execute(Valid call, ToolContext context) {
        try {
            return ToolResult.ok(call.tool().execute(call.arguments, context));
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

    /**
     * Checks and runs a call without any approval step: for read-only use, tests and the CLI's {@code tools call}.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments' JSON text
     * @param context who calls, in which session
     * @return the result
     */
    public ToolResult call(String name, @Nullable String argumentsJson, ToolContext context) {
        Checked checked = check(name, argumentsJson);
        return checked instanceof Valid valid ? execute(valid, context) : ((Invalid) checked).result();
    }
}
