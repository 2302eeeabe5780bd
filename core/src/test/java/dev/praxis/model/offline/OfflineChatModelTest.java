package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineChatModelTest {

    static EmbeddingModel embeddings;
    static final ToolBox TOOLS = ToolBox.of(Tools.from(new ToyTools()));
    static final List<ToolSpecification> SPECS = TOOLS.specifications();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadEmbeddings() {
        embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    OfflineChatModel model() {
        return new OfflineChatModel(embeddings);
    }

    ChatResponse ask(String text) {
        return model().chat(ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(SPECS).build());
    }

    @Test
    void mapsAMortgageQuestionToTheLoanToolWithTypedArguments() throws Exception {
        ChatResponse response = ask("What is the monthly payment on a $250,000 mortgage at 6.5% for 30 years?");

        ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().get(0);
        assertThat(call.name()).isEqualTo("loan_payment");
        assertThat(call.id()).startsWith("call_");
        assertThat(JSON.readTree(call.arguments())).isEqualTo(JSON.readTree(
                "{\"principal\":250000,\"annual_rate_percent\":6.5,\"term_months\":360}"));
    }

    @Test
    void picksCurrenciesByFromAndToAndSynonyms() throws Exception {
        ToolExecutionRequest call = ask("How much is 250 euros in dollars?").aiMessage().toolExecutionRequests().get(0);
        assertThat(JSON.readTree(call.arguments())).isEqualTo(JSON.readTree(
                "{\"amount\":250,\"from\":\"EUR\",\"to\":\"USD\"}"));
    }

    @Test
    void extractsIdentifiers() throws Exception {
        ToolExecutionRequest call = ask("Where is my order ORD-1042?").aiMessage().toolExecutionRequests().get(0);
        assertThat(call.name()).isEqualTo("order_status");
        assertThat(JSON.readTree(call.arguments()).path("order_id").asText()).isEqualTo("ORD-1042");
    }

    @Test
    void rendersTheToolResultAsTheAnswer() {
        UserMessage user = UserMessage.from("Monthly payment for a 20000 loan at 5% over 48 months");
        ChatResponse first = ask(user.singleText());
        ToolExecutionRequest call = first.aiMessage().toolExecutionRequests().get(0);
        ToolResult result = TOOLS.call(call.name(), call.arguments(), ToolContext.standalone());

        ChatResponse answer = model().chat(ChatRequest.builder().toolSpecifications(SPECS).messages(user,
                first.aiMessage(), ToolExecutionResultMessage.from(call, result.toModelText())).build());

        // 20,000 at 5 %/12 for 48 months: 460.59 (standard annuity formula)
        assertThat(answer.aiMessage().text()).contains("Monthly payment: 460.59").contains("Term months: 48");
        assertThat(answer.aiMessage().hasToolExecutionRequests()).isFalse();
    }

    @Test
    void saysSoAndListsItsToolsWhenItCannotMapARequest() {
        ChatResponse response = ask("Reticulate the splines on the flux capacitor");

        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().text()).contains("I can't map that").contains("- loan_payment")
                .contains("- fx_convert").contains("not a language model");
    }

    @Test
    void asksForARequiredValueItCannotFind() {
        ChatResponse response = ask("What is the status of my order?");

        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().text()).contains("order_status").contains("order_id");
    }

    @Test
    void reportsAToolErrorInsteadOfInventingAnAnswer() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_1").name("order_status")
                .arguments("{\"order_id\":\"X\"}").build();
        ChatResponse answer = model().chat(ChatRequest.builder().messages(UserMessage.from("status of X"),
                AiMessage.from(call), ToolExecutionResultMessage.builder().id("call_1").toolName("order_status")
                        .text("order_id must look like ORD-1234, got X").isError(true).build()).build());

        assertThat(answer.aiMessage().text()).isEqualTo(
                "The tool order_status reported an error: order_id must look like ORD-1234, got X");
    }

    @Test
    void streamsTheAnswerAsOneToken() {
        StringBuilder tokens = new StringBuilder();
        ChatResponse response = model().chat(ChatRequest.builder().messages(UserMessage.from("poem please"))
                .toolSpecifications(SPECS).build(), tokens::append);
        assertThat(tokens.toString()).isEqualTo(response.aiMessage().text());
    }

    @Test
    void meetsAccuracyGoalsOnTheToyLabelledSet() throws Exception {
        List<LabelledRequest> set;
        try (InputStream in = getClass().getResourceAsStream("/offline/toy-requests.json")) {
            set = OfflineEvaluation.read(in);
        }
        OfflineEvaluation.Report report = OfflineEvaluation.evaluate(model(), SPECS, set);

        System.out.printf("offline toy set: %d requests, top-1 tool %.1f %%, exact arguments %.1f %%%n",
                report.total(), report.toolAccuracy(), report.argumentAccuracy());
        report.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(report.toolAccuracy()).isGreaterThanOrEqualTo(90.0);
        assertThat(report.argumentAccuracy()).isGreaterThanOrEqualTo(80.0);
    }

    @Test
    void comparesArgumentsByValue() throws Exception {
        JsonNode expected = JSON.readTree("{\"a\":360,\"b\":\"X\"}");
        assertThat(OfflineEvaluation.sameArguments(expected, JSON.readTree("{\"b\":\"X\",\"a\":360.0}"))).isTrue();
        assertThat(OfflineEvaluation.sameArguments(expected, JSON.readTree("{\"a\":360}"))).isFalse();
        assertThat(OfflineEvaluation.sameArguments(expected, JSON.readTree("{\"a\":361,\"b\":\"X\"}"))).isFalse();
    }
}
