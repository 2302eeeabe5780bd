package dev.praxis.model.cassette;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.PraxisException;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.RetryPolicy;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.testing.server.FakeModelServer;
import dev.praxis.testing.server.FakeServerBehaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records a session against a fake vLLM server through Praxis's real model stack, then replays it with no server. */
class RecordReplayTest {

    private static final String MODEL = "Qwen/Qwen3-8B";
    private static final String API_KEY = "sk-live-0123456789abcdef";
    private static final ToolSpecification WEATHER = ToolSpecification.builder().name("get_weather")
            .description("Current weather in a city")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build()).build();

    @TempDir
    Path dir;

    private static TokenStreamingModel modelOn(FakeModelServer server) {
        return Models.create(ModelSpec.parse("vllm/" + MODEL), ModelOptions.builder().baseUrl(server.baseUrl())
                .apiKey(API_KEY).retry(RetryPolicy.none()).build());
    }

    private static ChatRequest ask(List<ChatMessage> messages) {
        return ChatRequest.builder().messages(messages).toolSpecifications(WEATHER).build();
    }

    /** A two-step session: the model calls get_weather, gets the result, answers. */
    private static List<ChatResponse> session(TokenStreamingModel model, String question) {
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from(question)));
        ChatResponse call = model.chat(ask(messages));
        ToolExecutionRequest request = call.aiMessage().toolExecutionRequests().get(0);
        messages.add(call.aiMessage());
        messages.add(ToolExecutionResultMessage.from(request, "{\"temperature_c\": 18}"));
        return List.of(call, model.chat(ask(messages)));
    }

    private List<ChatResponse> record(String question) {
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser(MODEL));
             RecordingChatModel recording = RecordingChatModel.of(modelOn(server), dir, List.of(API_KEY))) {
            return session(recording, question);
        }
    }

    @Test
    void replaysARecordedSessionWithoutTheServer() {
        List<ChatResponse> live = record("What is the weather in Berlin?");

        ReplayingChatModel replay = ReplayingChatModel.from(dir);
        List<ChatResponse> replayed = session(replay, "What is the weather in Berlin?");

        assertThat(CassetteFiles.list(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("interaction-0001.json", "interaction-0002.json");
        assertThat(replayed.get(0).aiMessage().toolExecutionRequests()).usingRecursiveComparison()
                .isEqualTo(live.get(0).aiMessage().toolExecutionRequests());
        assertThat(replayed.get(1).aiMessage().text()).isEqualTo(live.get(1).aiMessage().text())
                .contains("temperature_c");
        // the provider's subclass (OpenAiTokenUsage) comes back as a plain TokenUsage with the same counts
        assertThat(replayed.get(1).tokenUsage()).usingRecursiveComparison().comparingOnlyFields(
                "inputTokenCount", "outputTokenCount", "totalTokenCount").isEqualTo(live.get(1).tokenUsage());
        assertThat(replayed.get(1).finishReason()).isEqualTo(live.get(1).finishReason());
        replay.verifyAllReplayed();
    }

    @Test
    void changedRequestFailsNamingTheFieldWithExpectedAndActual() {
        record("What is the weather in Berlin?");

        ReplayingChatModel replay = ReplayingChatModel.from(dir);

        assertThatThrownBy(() -> session(replay, "What is the weather in Paris?"))
                .isInstanceOf(CassetteMismatchException.class)
                .hasMessageContaining("request 1 does not match the cassette")
                .hasMessageContaining("interaction-0001.json")
                .hasMessageContaining("request.messages[0].contents[0].text: expected \"What is the weather in Berlin?\""
                        + " but was \"What is the weather in Paris?\"");
    }

    @Test
    void removedToolIsReportedAsAMissingElement() {
        record("What is the weather in Berlin?");
        ReplayingChatModel replay = ReplayingChatModel.from(dir);

        assertThatThrownBy(() -> replay.chat(ChatRequest.builder()
                .messages(UserMessage.from("What is the weather in Berlin?")).build()))
                .isInstanceOf(CassetteMismatchException.class)
                .hasMessageContaining("request.tools: expected [{\"name\":\"get_weather\"");
    }

    @Test
    void secretsNeverReachTheCassetteButEmailAddressesDo() throws Exception {
        String question = "Weather in Berlin? My key is sk-proj-abcdefghijklmnop, header Authorization: Bearer"
                + " eyJhbGciOiJIUzI1NiJ9.payload.sig, password=hunter22, mail ann@example.com, "
                + API_KEY.replace("sk-live-", "plain-") + " and " + API_KEY;
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser(MODEL));
             RecordingChatModel recording = RecordingChatModel.of(modelOn(server), dir, List.of(API_KEY))) {
            List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from(question)));
            ChatResponse call = recording.chat(ask(messages));
            messages.add(call.aiMessage());
            messages.add(ToolExecutionResultMessage.from(call.aiMessage().toolExecutionRequests().get(0),
                    "{\"approval_token\": \"tok-9f8e7d6c5b4a\", \"temperature_c\": 18}"));
            recording.chat(ask(messages));
            // the server got the real text: masking happens only in the cassette
            assertThat(server.chatRequests().get(0).toString()).contains("hunter22");
        }

        String cassette = Files.readString(dir.resolve("interaction-0001.json"))
                + Files.readString(dir.resolve("interaction-0002.json"));
        assertThat(cassette).doesNotContain("sk-proj-abcdefghijklmnop", "eyJhbGciOiJIUzI1NiJ9", "hunter22",
                API_KEY, "tok-9f8e7d6c5b4a").contains("***", "ann@example.com", "Weather in Berlin?");
        // the masked recording still replays: the live request is masked the same way before it is compared
        ReplayingChatModel replay = ReplayingChatModel.from(dir, List.of(API_KEY));
        assertThat(replay.chat(ask(List.of(UserMessage.from(question)))).aiMessage().hasToolExecutionRequests()).isTrue();
    }

    @Test
    void streamedTokensStillReachTheCallerWhileRecording() {
        List<String> tokens = new ArrayList<>();
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser(MODEL));
             RecordingChatModel recording = RecordingChatModel.of(modelOn(server), dir)) {
            recording.chat(ChatRequest.builder().messages(UserMessage.from("What is 17 + 25?")).build(), tokens::add);
        }

        assertThat(String.join("", tokens)).isEqualTo("42");
        ReplayingChatModel replay = ReplayingChatModel.from(dir);
        List<String> replayed = new ArrayList<>();
        ChatResponse response = replay.chat(ChatRequest.builder().messages(UserMessage.from("What is 17 + 25?")).build(),
                replayed::add);
        assertThat(response.aiMessage().text()).isEqualTo("42");
        assertThat(replayed).containsExactly("42");
    }

    @Test
    void refusesToRecordOverAnExistingCassette() {
        record("What is the weather in Berlin?");

        assertThatThrownBy(() -> RecordingChatModel.of(ReplayingChatModel.from(dir), dir))
                .isInstanceOf(PraxisException.class).hasMessageContaining("already holds 2 recorded interactions");
    }

    @Test
    void replayBeyondTheRecordingAndAnUnfinishedReplayBothFail() {
        record("What is the weather in Berlin?");
        ReplayingChatModel replay = ReplayingChatModel.from(dir);
        session(replay, "What is the weather in Berlin?");

        assertThatThrownBy(() -> replay.chat(ask(List.of(UserMessage.from("again")))))
                .isInstanceOf(CassetteMismatchException.class).hasMessageContaining("request 3 has no recorded interaction");
        ReplayingChatModel partial = ReplayingChatModel.from(dir);
        partial.chat(ask(List.of(UserMessage.from("What is the weather in Berlin?"))));
        assertThatThrownBy(partial::verifyAllReplayed).hasMessageContaining("only 1 of 2")
                .hasMessageContaining("interaction-0002.json");
    }

    @Test
    void anEmptyDirectoryIsNoCassette() {
        assertThatThrownBy(() -> ReplayingChatModel.from(dir)).isInstanceOf(PraxisException.class)
                .hasMessageContaining("no cassette in " + dir);
    }
}
