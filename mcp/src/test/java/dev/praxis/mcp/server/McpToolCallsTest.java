package dev.praxis.mcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.praxis.agent.Agent;
import dev.praxis.finance.FinancePack;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolSpec;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls over the wire with the MCP Java SDK's own client: validation, approval gating, results as data, agents.
 * (The TypeScript SDK's client runs against the CLI in the examples module.)
 */
class McpToolCallsTest {

    private static final String TOKEN = "calls-token-0123456789abcdef";

    private final AtomicInteger orders = new AtomicInteger();
    private final AtomicInteger cartLines = new AtomicInteger();
    private final List<McpEndpoint> endpoints = new ArrayList<>();
    private final List<McpSyncClient> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(McpSyncClient::close);
        endpoints.forEach(McpEndpoint::close);
    }

    private List<Tool> tools() {
        JsonObjectSchema skuOnly = JsonObjectSchema.builder().addProperty("sku", JsonStringSchema.builder().build())
                .required("sku").build();
        List<Tool> tools = new ArrayList<>(FinancePack.tools());
        tools.add(Tool.of(ToolSpec.of("place_test_order", "Places an order (test)", skuOnly, SideEffect.IRREVERSIBLE),
                (args, context) -> Map.of("order", "O-" + orders.incrementAndGet(), "sku", args.path("sku").asText())));
        tools.add(Tool.of(ToolSpec.of("add_test_line", "Adds a cart line (test)", skuOnly, SideEffect.REVERSIBLE),
                (args, context) -> Map.of("lines", cartLines.incrementAndGet())));
        return tools;
    }

    private McpSyncClient connect(PraxisMcpServer server, ClientCapabilities capabilities,
                                  Function<ElicitFormRequest, ElicitResult> elicitation) {
        McpEndpoint endpoint = server.serveHttp(HttpOptions.loopback(0, TOKEN));
        endpoints.add(endpoint);
        URI uri = endpoint.uri().orElseThrow();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://" + uri.getHost() + ":" + uri.getPort()).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN)).build();
        McpClient.SyncSpec spec = McpClient.sync(transport).capabilities(capabilities);
        if (elicitation != null) {
            spec.elicitation(elicitation);
        }
        McpSyncClient client = spec.build();
        clients.add(client);
        client.initialize();
        return client;
    }

    private McpSyncClient connect(ApprovalMode mode) {
        return connect(PraxisMcpServer.builder().tools(tools()).approval(mode).build(),
                ClientCapabilities.builder().build(), null);
    }

    private static CallToolRequest request(String name, Map<String, Object> arguments) {
        return CallToolRequest.builder(name).arguments(arguments).build();
    }

    private static JsonNode text(CallToolResult result) {
        return PraxisJson.parse(((McpSchema.TextContent) result.content().get(0)).text());
    }

    @Test
    void listsEveryToolWithItsFullSchemaAndAnnotations() {
        List<McpSchema.Tool> listed = connect(ApprovalMode.DENY).listTools().tools();
        assertThat(listed).extracting(McpSchema.Tool::name).contains("loan_payment", "execute_trade", "place_test_order");
        McpSchema.Tool loan = listed.stream().filter(t -> t.name().equals("loan_payment")).findFirst().orElseThrow();
        assertThat(PraxisJson.mapper().valueToTree(loan.inputSchema().get("properties")).properties()).extracting(Map.Entry::getKey).contains("principal", "annual_rate", "term_months");
        assertThat(loan.inputSchema()).containsEntry("additionalProperties", false);
        assertThat(loan.annotations().readOnlyHint()).isTrue();
        McpSchema.Tool order = listed.stream().filter(t -> t.name().equals("place_test_order")).findFirst().orElseThrow();
        assertThat(order.annotations().destructiveHint()).isTrue();
        assertThat(order.annotations().readOnlyHint()).isFalse();
    }

    @Test
    void callsLoanPaymentAndReturnsTheResultAsStructuredData() {
        CallToolResult result = connect(ApprovalMode.DENY).callTool(request("loan_payment",
                Map.of("principal", 200000, "annual_rate", 6.5, "term_months", 360)));
        assertThat(result.isError()).isFalse();
        // 200000 at 6.5 % over 360 months: 1264.14 (the standard annuity formula; also LoanToolsTest).
        // Money goes out as a decimal string with its currency, never as a binary float.
        assertThat(new java.math.BigDecimal(text(result).at("/monthly_payment/amount").textValue()))
                .isEqualByComparingTo("1264.14");
        assertThat(result.structuredContent()).isInstanceOf(Map.class);
        Map<?, ?> payment = (Map<?, ?>) ((Map<?, ?>) result.structuredContent()).get("monthly_payment");
        assertThat(payment.get("amount").toString()).isEqualTo("1264.14");
        assertThat(payment.get("currency")).isEqualTo("USD");
    }

    @Test
    void returnsTheInProcessValidationMessageAsAnErrorResult() {
        CallToolResult result = connect(ApprovalMode.DENY).callTool(request("loan_payment",
                Map.of("principal", 200000, "annual_rat", 6.5, "term_months", 360)));
        String inProcess = dev.praxis.tool.ToolBox.of(FinancePack.tools()).call("loan_payment",
                "{\"principal\":200000,\"annual_rat\":6.5,\"term_months\":360}",
                dev.praxis.tool.ToolContext.standalone()).error();
        assertThat(result.isError()).isTrue();
        assertThat(text(result).path("error").asText()).isEqualTo(inProcess).contains("annual_rat");
    }

    @Test
    void refusesAnUnknownToolAndRunsNothing() {
        // The SDK answers an unknown tool itself, with a JSON-RPC error, before any handler runs.
        McpSyncClient client = connect(ApprovalMode.ALLOW);
        assertThatThrownBy(() -> client.callTool(request("loan_paymnt", Map.of())))
                .isInstanceOf(io.modelcontextprotocol.spec.McpError.class).hasMessageContaining("Unknown tool");
    }

    @Test
    void deniesIrreversibleToolByDefaultAndRunsNothing() {
        CallToolResult result = connect(ApprovalMode.DENY).callTool(request("place_test_order",
                Map.of("sku", "TR-1")));
        assertThat(result.isError()).isTrue();
        assertThat(text(result).path("denied").asText()).contains("needs approval").contains("nothing was done");
        assertThat(orders).hasValue(0);
    }

    @Test
    void deniesARealPackTradeWithoutApproval() {
        CallToolResult result = connect(ApprovalMode.DENY).callTool(request("execute_trade",
                Map.of("symbol", "AAPL", "side", "BUY", "quantity", 1, "approval_token", "x".repeat(40),
                        "idempotency_key", "k-1")));
        assertThat(result.isError()).isTrue();
        assertThat(text(result).has("denied")).isTrue();
    }

    @Test
    void runsReversibleToolInDenyMode() {
        CallToolResult result = connect(ApprovalMode.DENY).callTool(request("add_test_line",
                Map.of("sku", "TR-1")));
        assertThat(result.isError()).isFalse();
        assertThat(cartLines).hasValue(1);
    }

    @Test
    void runsIrreversibleToolWhenTheServerAllows() {
        CallToolResult result = connect(ApprovalMode.ALLOW).callTool(request("place_test_order",
                Map.of("sku", "TR-1")));
        assertThat(result.isError()).isFalse();
        assertThat(text(result).path("order").asText()).isEqualTo("O-1");
    }

    @Test
    void elicitModeDeniesWhenTheClientCannotBeAsked() {
        CallToolResult result = connect(ApprovalMode.ELICIT).callTool(request("place_test_order",
                Map.of("sku", "TR-1")));
        assertThat(text(result).path("denied").asText()).contains("declared no elicitation capability");
        assertThat(orders).hasValue(0);
    }

    @Test
    void elicitModeAsksTheClientAndRunsOnlyWhatItApproves() {
        List<String> asked = new ArrayList<>();
        AtomicInteger answers = new AtomicInteger();
        McpSyncClient client = connect(PraxisMcpServer.builder().tools(tools()).approval(ApprovalMode.ELICIT).build(),
                ClientCapabilities.builder().elicitation().build(), request -> {
                    asked.add(request.message());
                    boolean approve = answers.incrementAndGet() == 1;
                    return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", approve));
                });
        CallToolResult approved = client.callTool(request("place_test_order", Map.of("sku", "TR-1")));
        CallToolResult refused = client.callTool(request("place_test_order", Map.of("sku", "TR-2")));
        assertThat(approved.isError()).isFalse();
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused).path("denied").asText()).contains("did not approve");
        assertThat(orders).hasValue(1);
        assertThat(asked).hasSize(2).first().asString().contains("place_test_order").contains("TR-1");
    }

    @Test
    void servesAnAgentAsAskToolWithAnswerAndRunRecord() {
        Agent agent = Agent.builder().name("finance").model(ScriptedChatModel.of(
                        ScriptedChatModel.toolCall("loan_payment",
                                "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"),
                        ScriptedChatModel.answer("About 1264.14 a month.")))
                .tools(FinancePack.tools()).build();
        McpSyncClient client = connect(PraxisMcpServer.builder().agent(agent, "loans and investments").build(),
                ClientCapabilities.builder().build(), null);
        assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("ask_finance");
        CallToolResult result = client.callTool(request("ask_finance",
                Map.of("message", "Payment on 200000 at 6.5% over 30 years?")));
        JsonNode out = text(result);
        assertThat(result.isError()).isFalse();
        assertThat(out.path("answer").asText()).isEqualTo("About 1264.14 a month.");
        assertThat(out.path("stop_reason").asText()).isEqualTo("COMPLETED");
        assertThat(out.path("run_record").path("tool_calls").get(0).path("name").asText()).isEqualTo("loan_payment");
    }

    @Test
    void reportsTheStartAndEndOfAnAskCallAsProgressOnTheClientsToken() throws Exception {
        Agent agent = Agent.builder().name("finance").model(ScriptedChatModel.of(
                        ScriptedChatModel.toolCall("loan_payment",
                                "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"),
                        ScriptedChatModel.answer("About 1264.14 a month.")))
                .tools(FinancePack.tools()).build();
        List<McpSchema.ProgressNotification> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch two = new java.util.concurrent.CountDownLatch(2);
        McpSyncClient client = connectWithProgress(PraxisMcpServer.builder().agent(agent, "loans").build(), p -> {
            seen.add(p);
            two.countDown();
        });

        CallToolResult result = client.callTool(CallToolRequest.builder("ask_finance")
                .arguments(Map.of("message", "Payment on 200000 at 6.5% over 30 years?")).progressToken("p-1").build());

        assertThat(result.isError()).isFalse();
        assertThat(two.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(seen).extracting(McpSchema.ProgressNotification::progressToken).containsOnly("p-1");
        // Read in the server's order (the progress value): the client may run its handlers out of arrival order.
        List<McpSchema.ProgressNotification> inOrder = seen.stream()
                .sorted(java.util.Comparator.comparingDouble(McpSchema.ProgressNotification::progress)).toList();
        assertThat(inOrder).extracting(McpSchema.ProgressNotification::progress).containsExactly(0.0, 1.0);
        assertThat(inOrder).extracting(McpSchema.ProgressNotification::message)
                .containsExactly("started ask_finance", "finished ask_finance");
    }

    @Test
    void reportsEachToolStepOfAnAskCallNamingTheTool() throws Exception {
        AgentStepProgress steps = new AgentStepProgress();
        Agent agent = Agent.builder().name("finance").model(ScriptedChatModel.of(
                        ScriptedChatModel.toolCall("loan_payment",
                                "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"),
                        ScriptedChatModel.answer("About 1264.14 a month.")))
                .tools(FinancePack.tools()).listener(steps).build();
        List<McpSchema.ProgressNotification> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch four = new java.util.concurrent.CountDownLatch(4);
        McpSyncClient client = connectWithProgress(PraxisMcpServer.builder().agent(agent, "loans").agentSteps(steps)
                .build(), p -> {
                    seen.add(p);
                    four.countDown();
                });

        CallToolResult result = client.callTool(CallToolRequest.builder("ask_finance")
                .arguments(Map.of("message", "Payment on 200000 at 6.5% over 30 years?")).progressToken("p-2").build());

        assertThat(result.isError()).isFalse();
        assertThat(four.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        // The client's handlers may run notifications out of arrival order; the progress value is the server's
        // order, so read them in that order.
        List<McpSchema.ProgressNotification> inOrder = seen.stream()
                .sorted(java.util.Comparator.comparingDouble(McpSchema.ProgressNotification::progress)).toList();
        assertThat(inOrder).extracting(McpSchema.ProgressNotification::message).containsExactly("started ask_finance",
                "finance: loan_payment started", "finance: loan_payment finished", "finished ask_finance");
        assertThat(inOrder).extracting(McpSchema.ProgressNotification::progress).containsExactly(0.0, 1.0, 2.0, 3.0);
        assertThat(seen).extracting(McpSchema.ProgressNotification::progressToken).containsOnly("p-2");
    }

    @Test
    void reportsNoToolStepsOfAnAskCallWithoutAToken() {
        AgentStepProgress steps = new AgentStepProgress();
        Agent agent = Agent.builder().name("finance").model(ScriptedChatModel.of(
                        ScriptedChatModel.toolCall("loan_payment",
                                "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"),
                        ScriptedChatModel.answer("About 1264.14 a month.")))
                .tools(FinancePack.tools()).listener(steps).build();
        List<McpSchema.ProgressNotification> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        McpSyncClient client = connectWithProgress(PraxisMcpServer.builder().agent(agent, "loans").agentSteps(steps)
                .build(), seen::add);

        client.callTool(request("ask_finance", Map.of("message", "Payment on 200000?")));
        // A ping is answered after anything the server sent before it on this session's streams.
        client.ping();

        assertThat(seen).isEmpty();
    }

    @Test
    void sendsNoProgressWhenTheClientGaveNoToken() throws Exception {
        List<McpSchema.ProgressNotification> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        McpSyncClient client = connectWithProgress(PraxisMcpServer.builder().tools(tools()).build(), seen::add);

        client.callTool(request("loan_payment", Map.of("principal", 200000, "annual_rate", 6.5, "term_months", 360)));
        // A ping is answered after anything the server sent before it on this session's streams.
        client.ping();

        assertThat(seen).isEmpty();
    }

    private McpSyncClient connectWithProgress(PraxisMcpServer server,
                                              java.util.function.Consumer<McpSchema.ProgressNotification> progress) {
        McpEndpoint endpoint = server.serveHttp(HttpOptions.loopback(0, TOKEN));
        endpoints.add(endpoint);
        URI uri = endpoint.uri().orElseThrow();
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder("http://" + uri.getHost() + ":" + uri.getPort()).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN)).build())
                .progressConsumer(progress).build();
        clients.add(client);
        client.initialize();
        return client;
    }
}
