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

    /**
     * Name, description, schema, side effect.
     *
     * @return the spec
     */
    ToolSpec spec();

    /**
     * Runs the tool. Throw {@link ToolException} for an error the model should read (a bad symbol, a cart
     * that does not exist); any other exception is reported to the model as a tool error without its stack.
     *
     * @param arguments the validated arguments
     * @param context who calls, in which session
     * @return the result, serialised to JSON for the model
     * @throws java.lang.Exception any failure, reported to the model as a tool error
     */
    Object execute(JsonNode arguments, ToolContext context) throws Exception;

    /**
     * What a person approving this call should see, built from the action the call would take (for instance the
     * previewed order behind an approval token). Asked only for side-effecting calls, before the approval
     * handler; empty (the default) means the agent shows the tool name and arguments.
     *
     * @param arguments the validated arguments
     * @param context who calls, in which session
     * @return the summary, or empty
     * @throws java.lang.Exception any failure; the call is then not approved
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
     *
     * @return the preparing tool's name, or empty
     */
    default java.util.Optional<String> preparedBy() {
        return java.util.Optional.empty();
    }

    /**
     * Problems with {@code arguments} that {@link ToolSpec#parameters()} cannot express, for a tool whose own schema
     * is richer than LangChain4j's schema types (an MCP server's JSON schema). {@link ToolBox} asks after its own
     * checks pass and before any approval or execution, and reports them exactly like its own (a
     * {@link ToolArgumentException} message). Each problem names the argument path; empty (the default) means none.
     *
     * @param arguments the arguments, already checked against {@link ToolSpec#parameters()}
     * @return the problems found, each naming the argument path; empty when there are none
     */
    default java.util.List<String> argumentProblems(JsonNode arguments) {
        return java.util.List.of();
    }

    /**
     * The tool's name, a shortcut for {@code spec().name()}.
     *
     * @return the name
     */
    default String name() {
        return spec().name();
    }

    /** The body of a programmatic tool. */
    @FunctionalInterface
    interface Function {
        /**
         * Runs the tool; see {@link Tool#execute}.
         *
         * @param arguments the validated arguments
         * @param context who calls, in which session
         * @return the result
         * @throws Exception any failure, reported to the model as a tool error
         */
        Object apply(JsonNode arguments, ToolContext context) throws Exception;
    }

    /**
     * A tool from a spec and a function.
     *
     * @param spec the name, description and schema
     * @param function the body
     * @return the tool
     */
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
