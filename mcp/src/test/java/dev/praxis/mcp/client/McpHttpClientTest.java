package dev.praxis.mcp.client;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.finance.FinancePack;
import dev.praxis.mcp.server.HttpOptions;
import dev.praxis.mcp.server.McpEndpoint;
import dev.praxis.mcp.server.PraxisMcpServer;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link McpToolSource#http} against two servers over streamable HTTP: the reference server
 * {@code @modelcontextprotocol/server-everything} (TypeScript SDK, nobody here wrote it) and Praxis's own
 * {@link PraxisMcpServer} behind its bearer token.
 */
class McpHttpClientTest {

    private static final String TOKEN = "http-client-token-0123456789";

    private static ReferenceServers.HttpServer everything;
    private static McpEndpoint praxis;

    @BeforeAll
    static void start() throws Exception {
        praxis = PraxisMcpServer.builder().tools(FinancePack.tools()).build().serveHttp(HttpOptions.loopback(0, TOKEN));
        everything = ReferenceServers.everythingOverHttp();
    }

    @AfterAll
    static void stop() {
        praxis.close();
        if (everything != null) {
            everything.close();
        }
    }

    private static Map<String, Tool> byName(McpToolSource source) {
        return source.tools().stream().collect(Collectors.toMap(Tool::name, Function.identity()));
    }

    @Test
    void listsTheReferenceServersToolsOverHttpWithTheirSideEffects() {
        try (McpToolSource source = McpToolSource.http("everything", everything.uri(), null,
                McpClientOptions.defaults())) {
            Map<String, Tool> tools = byName(source);

            assertThat(tools).containsKeys("everything_echo", "everything_get_sum",
                    "everything_toggle_simulated_logging");
            assertThat(tools.get("everything_get_sum").spec().sideEffect()).isEqualTo(SideEffect.READ_ONLY);
            assertThat(tools.get("everything_toggle_simulated_logging").spec().sideEffect())
                    .isEqualTo(SideEffect.REVERSIBLE);
        }
    }

    @Test
    void agentAddsNumbersWithTheReferenceServersReadOnlyToolOverHttp() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("everything_get_sum", "{\"a\": 19, \"b\": 23}"),
                ScriptedChatModel.answer("42."));
        try (McpToolSource source = McpToolSource.http("everything", everything.uri(), null,
                McpClientOptions.defaults())) {
            Agent agent = Agent.builder().name("adder").model(model).tools(source.tools())
                    .approval(ApprovalHandler.denyAll()).build();

            RunRecord run = agent.run("s1", "what is 19 + 23?");

            ToolCallRecord call = run.toolCalls().get(0);
            assertThat(call.outcome()).isEqualTo(ToolResult.Outcome.OK);
            // server-everything's get-sum answers "The sum of 19 and 23 is 42." (dist/tools/get-sum.js)
            assertThat(call.result().at("/content/0/text").asText()).contains("42");
            assertThat(run.answer()).isEqualTo("42.");
        }
    }

    @Test
    void agentIsDeniedTheReferenceServersSideEffectingToolWithoutApproval() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("everything_toggle_simulated_logging", "{}"),
                ScriptedChatModel.answer("I may not."));
        try (McpToolSource source = McpToolSource.http("everything", everything.uri(), null,
                McpClientOptions.defaults())) {
            Agent agent = Agent.builder().name("reader").model(model).tools(source.tools())
                    .approval(ApprovalHandler.denyAll()).build();

            RunRecord run = agent.run("s1", "start logging");

            assertThat(run.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        }
    }

    @Test
    void callsPraxisServersLoanPaymentOverHttpWithTheBearerToken() {
        try (McpToolSource source = McpToolSource.http("praxis", praxis.uri().orElseThrow(), TOKEN,
                McpClientOptions.defaults())) {
            ToolResult payment = ToolBox.of(source.tools()).call("praxis_loan_payment",
                    "{\"principal\": 200000, \"annual_rate\": 6.5, \"term_months\": 360}", ToolContext.standalone());

            assertThat(payment.isOk()).as(payment.toModelText()).isTrue();
            // 200000 at 6.5 % over 360 months: 1264.14 (issue 17; any amortisation table)
            assertThat(payment.result().at("/structured_content/monthly_payment/amount").asText())
                    .isEqualTo("1264.14");
        }
    }

    @Test
    void aWrongBearerTokenIsAConnectionErrorThatSaysSo() {
        URI uri = praxis.uri().orElseThrow();

        assertThatThrownBy(() -> McpToolSource.http("praxis", uri, TOKEN + "x", McpClientOptions.defaults()))
                .isInstanceOf(McpConnectionException.class)
                .hasMessage("cannot connect to MCP server 'praxis': the server refused the credentials (HTTP 401);"
                        + " check the bearer token");
    }
}
