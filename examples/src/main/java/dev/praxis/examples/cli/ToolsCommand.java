package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code praxis tools list|call}: inspect and run tools directly, without a model. */
@Command(name = "tools", mixinStandardHelpOptions = true, description = "Lists or calls tools directly.",
        subcommands = {ToolsCommand.ListTools.class, ToolsCommand.CallTool.class})
final class ToolsCommand implements Callable<Integer> {

    @ParentCommand
    PraxisCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code praxis tools} alone: list or call was expected. */
    @Override
    public Integer call() {
        return PraxisCommand.missingCommand(spec.commandLine(), parent.terminal());
    }

    /** {@code praxis tools list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every tool by pack: side effect,"
            + " description, parameters with type and bounds; wrapped to $COLUMNS (default 100).")
    static final class ListTools implements Callable<Integer> {

        @ParentCommand
        ToolsCommand tools;

        @Mixin
        CommonOptions common;

        @Option(names = "--json", description = "A JSON array of {name, description, side_effect, parameters}; "
                + "parameters is the full JSON schema, with maxItems, maxLength, minimum and maximum.")
        boolean json;

        @Override
        public Integer call() {
            Terminal terminal = tools.parent.terminal();
            try (AgentRuntime runtime = tools.parent.runtimes().open(common, terminal)) {
                if (json) {
                    ArrayNode array = PraxisJson.mapper().createArrayNode();
                    for (Tool tool : runtime.tools()) {
                        ObjectNode entry = array.addObject();
                        entry.put("name", tool.name());
                        entry.put("description", tool.spec().description());
                        entry.put("side_effect", tool.spec().sideEffect().name());
                        entry.set("parameters", tool.spec().jsonSchema());
                    }
                    terminal.out().println(array.toPrettyString());
                } else {
                    terminal.out().print(ToolListing.render(runtime.toolsByPack(), ToolListing.width(terminal.env())));
                }
            }
            return ExitCodes.OK;
        }
    }

    /**
     * {@code praxis tools call NAME 'JSON'|@FILE|-}. Side-effecting tools pass the same approval gate as in an agent run:
     * with {@code --approve never} (the default without a terminal) they are refused.
     */
    @Command(name = "call", mixinStandardHelpOptions = true,
            description = "Runs one tool with JSON arguments and prints its JSON result.")
    static final class CallTool implements Callable<Integer> {

        @ParentCommand
        ToolsCommand tools;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME", description = "The tool name (see: praxis tools list).")
        String name;

        @Parameters(index = "1", paramLabel = "JSON", defaultValue = "{}", description = "The arguments as a JSON "
                + "object; @FILE reads them from a file, - from standard input (at most 1 MiB).")
        String arguments;

        @Option(names = "--session", paramLabel = "ID", defaultValue = "cli", description = "The session the call "
                + "acts for, as with ask --session: its carts, checkouts and orders (default: cli).")
        String session;

        @Override
        public Integer call() {
            Terminal terminal = tools.parent.terminal();
            // read first: a missing or oversized file fails before any pack is built
            String json = ToolArguments.read(arguments, terminal);
            try (AgentRuntime runtime = tools.parent.runtimes().open(common, terminal)) {
                // only the pack that has the tool is built; an unknown name checks against all, for the did-you-mean
                ToolBox box = runtime.tool(name).map(ToolBox::of).orElseGet(() -> ToolBox.of(runtime.tools()));
                ToolBox.Checked checked = box.check(name, json);
                if (checked instanceof ToolBox.Invalid invalid) {
                    terminal.err().println("error: " + invalid.result().error().replace('\n', ' '));
                    return ExitCodes.BAD_INPUT;
                }
                ToolBox.Valid call = (ToolBox.Valid) checked;
                if (call.tool().spec().sideEffect() != SideEffect.READ_ONLY) {
                    ToolContext context = new ToolContext(session, "cli_call");
                    dev.praxis.approval.ApprovalSummary summary;
                    try {
                        summary = call.tool().approvalSummary(call.arguments(), context).orElse(
                                ApprovalRequest.fallback(name, call.tool().spec().sideEffect()));
                    } catch (Exception e) {
                        summary = ApprovalRequest.fallback(name, call.tool().spec().sideEffect());
                    }
                    ApprovalDecision decision = runtime.approval().decide(new ApprovalRequest("cli", session, session,
                            name, call.tool().spec().sideEffect(), summary, call.arguments()));
                    if (!decision.approved()) {
                        terminal.err().println("error: denied: " + decision.reason() + "; nothing was done"
                                + " (use --approve ask or --approve always)");
                        return ExitCodes.DENIED;
                    }
                }
                ToolResult result = ToolBox.execute(call, new ToolContext(session, "cli_call"));
                if (!result.isOk()) {
                    terminal.err().println("error: " + result.error().replace('\n', ' '));
                    return ExitCodes.BAD_INPUT;
                }
                terminal.out().println(result.result().toPrettyString());
                return ExitCodes.OK;
            }
        }
    }
}
