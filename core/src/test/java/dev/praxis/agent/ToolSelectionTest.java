package dev.praxis.agent;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolSelector;
import dev.praxis.tool.Tools;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

class ToolSelectionTest {

    /** Three read-only tools: the selector below offers only the one whose name the request contains. */
    public static final class Desk {
        @ToolFunction(description = "Price of a product")
        public String price(@Param("Product id") String sku) {
            return sku + " costs 19.99";
        }

        @ToolFunction(description = "Units in stock of a product")
        public int stock(@Param("Product id") String sku) {
            return 7;
        }

        @ToolFunction(description = "Weather in a city")
        public String weather(@Param("City") String city) {
            return "sunny in " + city;
        }
    }

    private static final ToolSelector BY_NAME_IN_REQUEST =
            (request, tools) -> tools.stream().filter(t -> request.contains(t.name())).toList();

    private static Agent agent(ScriptedChatModel model, ToolSelector selector) {
        Agent.Builder builder = Agent.builder().name("desk").model(model).tools(Tools.from(new Desk()));
        return selector == null ? builder.build() : builder.toolSelector(selector).build();
    }

    private static List<String> offered(ChatRequest request) {
        return request.toolSpecifications().stream().map(ToolSpecification::name).toList();
    }

    @Test
    void sendsEveryToolWithoutASelector() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("hello"));

        agent(model, null).run("s", "what is the price of A1?");

        assertThat(offered(model.lastRequest())).containsExactly("price", "stock", "weather");
    }

    @Test
    void sendsOnlyTheSelectedToolsInToolboxOrder() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("ok"));
        ToolSelector reversed = (request, tools) -> List.of(tools.get(2), tools.get(0));

        agent(model, reversed).run("s", "anything");

        assertThat(offered(model.lastRequest())).containsExactly("price", "weather");
    }

    @Test
    void servesAnUnsentToolAndOffersItForTheRestOfTheRun() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("stock", "{\"sku\": \"A1\"}"), answer("7 left"));

        RunRecord record = agent(model, BY_NAME_IN_REQUEST).run("s", "price of A1 please");

        assertThat(offered(model.requests().get(0))).containsExactly("price");
        assertThat(offered(model.requests().get(1))).containsExactly("price", "stock");
        ToolExecutionResultMessage result = (ToolExecutionResultMessage) model.requests().get(1).messages()
                .get(model.requests().get(1).messages().size() - 1);
        assertThat(result.text()).isEqualTo("7");
        assertThat(record.completed()).isTrue();
    }

    @Test
    void keepsOfferingToolsCalledInEarlierTurnsOfTheConversation() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("price", "{\"sku\": \"A1\"}"), answer("19.99"),
                answer("sunny"));
        Agent agent = agent(model, BY_NAME_IN_REQUEST);

        agent.run("s", "price of A1");
        agent.run("s", "and the weather in Lyon?");

        assertThat(offered(model.lastRequest())).containsExactly("price", "weather");
    }

    @Test
    void doesNotOfferAnUnknownToolTheModelAskedFor() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("teleport", "{}"), answer("cannot"));

        agent(model, BY_NAME_IN_REQUEST).run("s", "weather in Oslo and teleport me");

        assertThat(offered(model.requests().get(1))).containsExactly("weather");
    }

    @Test
    void offersEveryToolWhenSelectionFails() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("ok"));
        ToolSelector broken = (request, tools) -> {
            throw new IllegalStateException("embedding server down");
        };

        RunRecord record = agent(model, broken).run("s", "price of A1");

        assertThat(offered(model.lastRequest())).containsExactly("price", "stock", "weather");
        assertThat(record.completed()).isTrue();
    }
}
