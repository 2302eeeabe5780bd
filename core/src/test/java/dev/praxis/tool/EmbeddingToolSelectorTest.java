package dev.praxis.tool;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingToolSelectorTest {

    private static final EmbeddingModel MINI_LM = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** Fourteen unrelated read-only tools, enough to pass the default activation threshold of 12. */
    public static final class Office {
        @ToolFunction(description = "Monthly payment of a fixed-rate loan or mortgage")
        public String loanPayment(BigDecimal principal, BigDecimal annualRate, int termMonths) {
            return "";
        }

        @ToolFunction(description = "Converts an amount of money from one currency to another at today's rate")
        public String fxConvert(BigDecimal amount, String from, String to) {
            return "";
        }

        @ToolFunction(description = "Current weather forecast for a city")
        public String weather(String city) {
            return "";
        }

        @ToolFunction(description = "Searches the product catalogue by keywords")
        public String searchProducts(String query) {
            return "";
        }

        @ToolFunction(description = "Adds a product to the shopping cart")
        public String addToCart(String sku, int quantity) {
            return "";
        }

        @ToolFunction(description = "Status and tracking of an order")
        public String orderStatus(String orderId) {
            return "";
        }

        @ToolFunction(description = "Translates a text into another language")
        public String translate(String text, String language) {
            return "";
        }

        @ToolFunction(description = "Books a meeting room for a date")
        public String bookRoom(String room, LocalDate date) {
            return "";
        }

        @ToolFunction(description = "Sends an email to a colleague")
        public String sendEmail(String to, String subject) {
            return "";
        }

        @ToolFunction(description = "Public holidays of a country in a year")
        public String holidays(String country, int year) {
            return "";
        }

        @ToolFunction(description = "Latest stock quote of a ticker symbol")
        public String stockQuote(String symbol) {
            return "";
        }

        @ToolFunction(description = "Compound interest earned by savings over years")
        public String compoundInterest(BigDecimal principal, BigDecimal annualRate, int years) {
            return "";
        }

        @ToolFunction(description = "Defines an English word")
        public String define(String word) {
            return "";
        }

        @ToolFunction(description = "Distance by road between two cities")
        public String roadDistance(String from, String to) {
            return "";
        }
    }

    private static final List<Tool> TOOLS = Tools.from(new Office());

    private static List<String> names(List<Tool> tools) {
        return tools.stream().map(Tool::name).toList();
    }

    @Test
    void ranksTheObviousToolFirstAndOffersAtMostMaxTools() {
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(MINI_LM).maxTools(3).build();

        assertThat(names(selector.select("Convert 250 dollars to euros", TOOLS))).hasSize(3).contains("fx_convert");
        assertThat(names(selector.select("Will it rain in Paris tomorrow?", TOOLS))).hasSize(3).contains("weather");
        assertThat(names(selector.select("Where is my order 1234? has it shipped?", TOOLS))).hasSize(3)
                .contains("order_status");
        assertThat(names(selector.select("What would my mortgage cost per month over 30 years?", TOOLS)))
                .hasSize(3).contains("loan_payment");
    }

    @Test
    void returnsSelectedToolsInTheToolboxOrder() {
        List<Tool> selected = EmbeddingToolSelector.builder(MINI_LM).maxTools(5).build()
                .select("Put two of the blue mugs in my cart", TOOLS);

        assertThat(selected).isSortedAccordingTo((a, b) -> TOOLS.indexOf(a) - TOOLS.indexOf(b));
    }

    @Test
    void offersEveryToolWhileTheToolboxIsAtOrBelowTheThreshold() {
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(MINI_LM).activationThreshold(14).maxTools(2)
                .build();

        assertThat(selector.select("Convert 250 dollars to euros", TOOLS)).isEqualTo(TOOLS);
    }

    @Test
    void relativeCutoffOfOneKeepsOnlyTheBestTool() {
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(MINI_LM).maxTools(8).relativeCutoff(1.0)
                .build();

        assertThat(names(selector.select("Convert 250 dollars to euros into another currency", TOOLS)))
                .containsExactly("fx_convert");
    }

    @Test
    void offersEveryToolWhenNoToolReachesTheConfidenceFloor() {
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(MINI_LM).maxTools(3).minScore(0.99).build();

        assertThat(selector.select("Convert 250 dollars to euros", TOOLS)).isEqualTo(TOOLS);
    }

    @Test
    void alwaysOffersPinnedToolsOnTopOfTheClosest() {
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(MINI_LM).maxTools(2)
                .alwaysOffer("define", "no_such_tool").build();

        List<String> offered = names(selector.select("Will it rain in Paris tomorrow?", TOOLS));

        assertThat(offered).hasSize(3).contains("weather", "define");
    }

    @Test
    void embedsEachToolOnceAndTheRequestOncePerCall() {
        CountingModel counting = new CountingModel(MINI_LM);
        EmbeddingToolSelector selector = EmbeddingToolSelector.builder(counting).build();

        selector.select("Convert 250 dollars to euros", TOOLS);
        selector.select("Will it rain in Paris tomorrow?", TOOLS);

        assertThat(counting.texts.get()).isEqualTo(TOOLS.size() + 2);
    }

    @Test
    void rejectsOptionsOutOfRangeNamingThem() {
        assertThatThrownBy(() -> EmbeddingToolSelector.builder(MINI_LM).maxTools(0))
                .hasMessageContaining("maxTools must be >= 1, got 0");
        assertThatThrownBy(() -> EmbeddingToolSelector.builder(MINI_LM).relativeCutoff(1.5))
                .hasMessageContaining("relativeCutoff must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> EmbeddingToolSelector.builder(MINI_LM).activationThreshold(-1))
                .hasMessageContaining("activationThreshold must be >= 0, got -1");
        assertThatThrownBy(() -> EmbeddingToolSelector.builder(MINI_LM).minScore(-0.1))
                .hasMessageContaining("minScore must be between 0 and 1, got -0.1");
    }

    /** Counts the texts embedded. */
    private static final class CountingModel implements EmbeddingModel {
        private final EmbeddingModel delegate;
        private final AtomicInteger texts = new AtomicInteger();

        CountingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            texts.addAndGet(segments.size());
            return delegate.embedAll(segments);
        }
    }
}
