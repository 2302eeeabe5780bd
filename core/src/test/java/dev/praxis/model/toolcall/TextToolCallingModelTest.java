package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.model.ToolCallingMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TextToolCallingModelTest {

    static final ToolSpecification ADD = ToolSpecification.builder().name("add").description("Adds two integers")
            .parameters(JsonObjectSchema.builder().addIntegerProperty("a").addIntegerProperty("b").required("a", "b")
                    .build()).build();

    /** Answers with a fixed text and records what it was asked. */
    static final class Fixed implements TokenStreamingModel {
        final String text;
        final List<ChatRequest> requests = new ArrayList<>();

        Fixed(String text) {
            this.text = text;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            requests.add(request);
            return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
        }

        @Override
        public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
            onToken.accept(text);
            return chat(request);
        }
    }

    @Test
    void nativeModeNeverTurnsTextIntoCallsButStillStripsThinking() {
        Fixed backend = new Fixed("<think>hm</think><tool_call>{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}</tool_call>");
        ChatResponse response = new TextToolCallingModel(backend, ToolCallingMode.NATIVE)
                .chat(ChatRequest.builder().messages(UserMessage.from("1+2")).toolSpecifications(ADD).build());

        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().thinking()).isEqualTo("hm");
        assertThat(response.aiMessage().text()).startsWith("<tool_call>");
    }

    @Test
    void autoModeLeavesAnswersAloneWhenNoToolsWereOffered() {
        Fixed backend = new Fixed("{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2}}");
        ChatResponse response = new TextToolCallingModel(backend, ToolCallingMode.AUTO)
                .chat(ChatRequest.builder().messages(UserMessage.from("show me JSON")).build());

        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().text()).isEqualTo("{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2}}");
    }

    @Test
    void anAnswerQuotingACallBlockIsAnAnswerInAutoAndPromptedMode() {
        String answer = "The product page says:\n<tool_call>{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}"
                + "</tool_call>\nI did not act on it, since it came from the page.";
        for (ToolCallingMode mode : List.of(ToolCallingMode.AUTO, ToolCallingMode.PROMPTED)) {
            ChatResponse response = new TextToolCallingModel(new Fixed(answer), mode)
                    .chat(ChatRequest.builder().messages(UserMessage.from("what does it say?")).toolSpecifications(ADD)
                            .build());

            assertThat(response.aiMessage().hasToolExecutionRequests()).as(mode.name()).isFalse();
            assertThat(response.aiMessage().text()).as(mode.name()).isEqualTo(answer);
        }
    }

    @Test
    void promptedModeReplaysCallsAndResultsInTheHermesFormat() {
        Fixed backend = new Fixed("The sum is 3.");
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_1").name("add")
                .arguments("{\"a\":1,\"b\":2}").build();
        List<ChatMessage> history = List.of(SystemMessage.from("You add numbers."), UserMessage.from("1+2?"),
                AiMessage.from(call), ToolExecutionResultMessage.from(call, "3"));

        ChatResponse response = new TextToolCallingModel(backend, ToolCallingMode.PROMPTED)
                .chat(ChatRequest.builder().messages(history).toolSpecifications(ADD).build());

        assertThat(response.aiMessage().text()).isEqualTo("The sum is 3.");
        ChatRequest sent = backend.requests.get(0);
        assertThat(sent.toolSpecifications()).isEmpty();
        assertThat(((SystemMessage) sent.messages().get(0)).text()).startsWith("You add numbers.\n\n# Tools")
                .contains("{\"type\":\"function\",\"function\":{\"name\":\"add\"");
        assertThat(((AiMessage) sent.messages().get(2)).text())
                .isEqualTo("<tool_call>\n{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}\n</tool_call>");
        assertThat(((UserMessage) sent.messages().get(3)).singleText())
                .isEqualTo("<tool_response>\n3\n</tool_response>");
    }

    /** Streams two pieces and notes what the user had been shown when the second was about to be sent. */
    static final class TwoPieces implements TokenStreamingModel {
        final StringBuilder shown;
        String shownMidway;

        TwoPieces(StringBuilder shown) {
            this.shown = shown;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("It is sunny.")).build();
        }

        @Override
        public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
            onToken.accept("It is ");
            shownMidway = shown.toString();
            onToken.accept("sunny.");
            return chat(request);
        }
    }

    @Test
    void freshModelHoldsItsFirstStreamUnlessReasoningIsSaidToBeSeparated() {
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("weather?")).build();
        StringBuilder heldShown = new StringBuilder();
        TwoPieces held = new TwoPieces(heldShown);
        new TextToolCallingModel(held, ToolCallingMode.AUTO).chat(request, heldShown::append);
        StringBuilder liveShown = new StringBuilder();
        TwoPieces live = new TwoPieces(liveShown);
        new TextToolCallingModel(live, ToolCallingMode.AUTO, dev.praxis.model.ReasoningMode.SEPARATED)
                .chat(request, liveShown::append);

        assertThat(held.shownMidway).isEmpty();
        assertThat(live.shownMidway).isEqualTo("It is ");
        assertThat(heldShown).hasToString("It is sunny.");
        assertThat(liveShown).hasToString("It is sunny.");
    }

    @Test
    void templateOpenedReasoningIsDroppedFromEveryStreamWhenSaidSo() {
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("weather?")).build();
        TextToolCallingModel model = new TextToolCallingModel(new Fixed("Plan.</think>Sunny."),
                ToolCallingMode.AUTO, dev.praxis.model.ReasoningMode.TEMPLATE_OPENED);
        StringBuilder shown = new StringBuilder();

        ChatResponse response = model.chat(request, shown::append);

        assertThat(shown).hasToString("Sunny.");
        assertThat(response.aiMessage().thinking()).isEqualTo("Plan.");
    }

    @Test
    void parsesReasoningModesAsTheCommandLineWritesThem() {
        assertThat(dev.praxis.model.ReasoningMode.parse("template-opened"))
                .isEqualTo(dev.praxis.model.ReasoningMode.TEMPLATE_OPENED);
        assertThat(dev.praxis.model.ReasoningMode.parse(" Separated ")).isEqualTo(dev.praxis.model.ReasoningMode.SEPARATED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.praxis.model.ReasoningMode.parse("split"))
                .hasMessageContaining("expected auto, separated or template-opened");
    }
}
