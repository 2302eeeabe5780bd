package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingTest {

    static ServeFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServeFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void streamsOpenAiChunksWithRoleContentFinishReasonAndDone() {
        String body = "{\"model\":\"finance\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"What is the monthly payment on a 300000 loan at 6.5% for 30 years?\"}]}";

        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY, body);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.body()).endsWith("data: [DONE]\n\n");
        List<JsonNode> chunks = Sse.chunks(response.body());
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("id").asText()).isEqualTo(chunks.get(0).path("id").asText());
        });
        assertThat(chunks.get(0).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(last.at("/praxis/stop_reason").asText()).isEqualTo("COMPLETED");
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(
                chunk -> assertThat(chunk.at("/choices/0/finish_reason").isNull()).isTrue());
        assertThat(Sse.content(response.body())).contains("Monthly payment: 1896.20 USD")
                .isEqualTo(last.at("/praxis/run/answer").asText());
    }

    @Test
    void streamsAnAnswerTheModelDidNotStreamInChunks() {
        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                "{\"model\":\"echo\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\""
                        + "a message long enough to be sent in more than one chunk\"}]}");

        assertThat(Sse.chunks(response.body()).size()).isGreaterThan(3);
        assertThat(Sse.content(response.body())).isEqualTo("echo: a message long enough to be sent in more than one chunk");
    }

    @Test
    void streamsToolStartAndFinishAsEmptyDeltaChunksBeforeTheAnswer() {
        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                "{\"model\":\"loans\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"Monthly payment on 200000 at 6.5% for 30 years?\"}]}");

        List<JsonNode> chunks = Sse.chunks(response.body());
        List<String> events = chunks.stream().filter(chunk -> chunk.has("praxis") && chunk.path("praxis").has("event"))
                .map(chunk -> chunk.at("/praxis/event").asText() + " " + chunk.at("/praxis/tool").asText() + " "
                        + chunk.at("/praxis/outcome").asText())
                .toList();
        assertThat(events).containsExactly("tool_started loan_payment null", "tool_finished loan_payment ok");
        int started = indexOfEvent(chunks, "tool_started");
        int finished = indexOfEvent(chunks, "tool_finished");
        int firstText = indexOfFirstText(chunks);
        assertThat(started).isLessThan(finished);
        assertThat(finished).isLessThan(firstText);
        String id = chunks.get(0).path("id").asText();
        assertThat(List.of(chunks.get(started), chunks.get(finished))).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("id").asText()).isEqualTo(id);
            assertThat(chunk.at("/choices/0/delta").isObject()).isTrue();
            assertThat(chunk.at("/choices/0/delta").isEmpty()).isTrue();
            assertThat(chunk.at("/choices/0/finish_reason").isNull()).isTrue();
            assertThat(chunk.path("praxis").size()).as("name and outcome only, no arguments or results").isEqualTo(3);
        });
        assertThat(Sse.content(response.body())).startsWith("The payment: ")
                .isEqualTo(chunks.get(chunks.size() - 1).at("/praxis/run/answer").asText());
    }

    @Test
    void aPlainCompletionCarriesNoToolEvents() {
        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                "{\"model\":\"loans\",\"user\":\"plain\",\"messages\":[{\"role\":\"user\",\"content\":\"payment?\"}]}");

        JsonNode body = dev.praxis.json.PraxisJson.parse(response.body());
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.at("/choices/0/message/content").asText()).startsWith("The payment: ");
        assertThat(body.path("praxis").has("event")).isFalse();
        assertThat(body.at("/praxis/run/answer").asText()).startsWith("The payment: ");
    }

    private static int indexOfEvent(List<JsonNode> chunks, String event) {
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).at("/praxis/event").asText().equals(event)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfFirstText(List<JsonNode> chunks) {
        for (int i = 0; i < chunks.size(); i++) {
            if (!chunks.get(i).at("/choices/0/delta/content").asText("").isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
