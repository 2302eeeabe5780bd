package dev.praxis.model.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that reads clearly like one tool but gives not all of its values is answered by asking for them, not by
 * calling a neighbouring tool that happens to take the one value it gives (a ticker) or needs none.
 */
class OfflineMissingValuesTest {

    /** A trading desk and a loan calculator, shaped like the finance pack's tools. */
    public static final class Desk {
        @ToolFunction(name = "preview_trade", description = "Preview buying or selling shares: cost, fees, checks")
        public String preview(@Param("Ticker symbol, e.g. AAPL") String symbol, @Param("BUY or SELL") String side,
                              @Param("Number of shares to buy or sell") int quantity) {
            return "preview";
        }

        @ToolFunction(name = "price_history", description = "Daily closing prices of a stock")
        public String prices(@Param("Ticker symbol, e.g. AAPL") String symbol) {
            return "prices";
        }

        @ToolFunction(name = "account_summary", description = "Cash and positions of the paper trading account")
        public String account() {
            return "account";
        }

        @ToolFunction(name = "loan_payment", description = "Monthly payment of a fixed-rate loan")
        public String payment(@Param("Amount borrowed") double principal,
                              @Param("Annual interest rate in percent") double annualRate,
                              @Param("Term in months") int termMonths) {
            return "payment";
        }
    }

    static OfflineChatModel model;
    static final List<ToolSpecification> SPECS = ToolBox.of(Tools.from(new Desk())).specifications();

    @BeforeAll
    static void load() {
        model = new OfflineChatModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    private static dev.langchain4j.data.message.AiMessage reply(String text) {
        return model.chat(ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(SPECS).build())
                .aiMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Could I sell my IBM shares tomorrow? Don't do anything yet.",
            "what if I sold my IBM shares today?"})
    void asksForTheQuantityOfATradeQuestionInsteadOfShowingPrices(String request) {
        dev.langchain4j.data.message.AiMessage reply = reply(request);
        assertThat(reply.hasToolExecutionRequests()).as(request).isFalse();
        assertThat(reply.text()).contains("preview_trade").contains("quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the monthly payment on a loan at 6%?", "how much would I pay monthly on a loan at 5 percent?"})
    void asksForTheLoanAmountInsteadOfShowingTheAccount(String request) {
        dev.langchain4j.data.message.AiMessage reply = reply(request);
        assertThat(reply.hasToolExecutionRequests()).as(request).isFalse();
        assertThat(reply.text()).contains("loan_payment").contains("principal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"show me the daily price history of IBM", "Don't buy anything, just show me IBM's prices"})
    void stillShowsPricesWhenPricesAreAskedFor(String request) {
        dev.langchain4j.data.message.AiMessage reply = reply(request);
        assertThat(reply.toolExecutionRequests()).as(request).hasSize(1);
        assertThat(reply.toolExecutionRequests().get(0).name()).isEqualTo("price_history");
    }
}
