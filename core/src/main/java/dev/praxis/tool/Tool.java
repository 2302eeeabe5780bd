package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A function the agent may call. Arguments arrive already validated against {@link ToolSpec#parameters()};
 * the result must be JSON-serialisable (records, maps, lists, strings, numbers).
 *
 * <p>Most tools are declared with {@link ToolFunction} and collected with {@link Tools#from(Object...)}; build
 * one by hand with {@link #of(ToolSpec, Function)}.
 */
public interface Tool {

    /** Name, description, schema, side effect. */
    ToolSpec spec();

    /**
     * Runs the tool. Throw {@link ToolException} for an error the model should read (a bad symbol, a cart
     * that does not exist); any other exception is reported to the model as a tool error without its stack.
     */
    Object execute(JsonNode arguments, ToolContext context) throws Exception;

    /**
     * What a person approving this call should see, built from the action the call would take (for instance the
     * previewed order behind an approval token). Asked only for side-effecting calls, before the approval
     * handler; empty (the default) means the agent shows the tool name and arguments.
     */
    default java.util.Optional<dev.praxis.approval.ApprovalSummary> approvalSummary(JsonNode arguments,
                                                                                   ToolContext context)
            throws Exception {
        return java.util.Optional.empty();
    }

    /**
     * The tool that previews this one's action, for an irreversible tool that executes a previewed action
     * ({@code place_order} is prepared by {@code prepare_checkout}): the agent refuses to run this tool in the
     * same run (user turn) as a successful call of its preparer, so the user sees the preview before it runs.
     */
    default java.util.Optional<String> preparedBy() {
        return java.util.Optional.empty();
    }

    /**
     * Problems with {@code arguments} that {@link ToolSpec#parameters()} cannot express, for a tool whose own schema
     * is richer than LangChain4j's schema types (an MCP server's JSON schema). {@link ToolBox} asks after its own
     * checks pass and before any approval or execution, and reports them exactly like its own (a
     * {@link ToolArgumentException} message). Each problem names the argument path; empty (the default) means none.
     */
    default java.util.List<String> argumentProblems(JsonNode arguments) {
        return java.util.List.of();
    }

    /** The tool's name, a shortcut for {@code spec().name()}. */
    default String name() {
        return spec().name();
    }

    /** The body of a programmatic tool. */
    @FunctionalInterface
    interface Function {
        Object apply(JsonNode arguments, ToolContext context) throws Exception;
    }

    /** A tool from a spec and a function. */
    static Tool of(ToolSpec spec, Function function) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(function, "function");
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public Object execute(JsonNode arguments, ToolContext context) throws Exception {
                return function.apply(arguments, context);
            }

            @Override
            public String toString() {
                return "Tool[" + spec.name() + "]";
            }
        };
    }
}
