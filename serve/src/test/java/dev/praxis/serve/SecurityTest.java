package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest {

    static ServeFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServeFixture(ServeOptions.loopback(0).withMaxBodyBytes(4096)
                .withAllowedOrigins(java.util.List.of("https://shop.example")));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static HttpResponse<String> chat(String key, String body) {
        return Http.post(fixture.server.uri(), "/v1/chat/completions", key, body);
    }

    private static void assertOpenAiError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = Http.json(response).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("type").asText()).isNotBlank();
    }

    @Test
    void refusesRequestsWithoutAKnownKeyWithOpenAiErrorShape() {
        assertOpenAiError(chat(null, Http.chat("echo", "s", "hi")), 401, "invalid_api_key");
        assertOpenAiError(chat("k-unknown-0123456789abcdef", Http.chat("echo", "s", "hi")), 401, "invalid_api_key");
        assertThat(chat(null, Http.chat("echo", "s", "hi")).headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertOpenAiError(Http.get(fixture.server.uri(), "/v1/models", null), 401, "invalid_api_key");
    }

    @Test
    void unknownAgentIsModelNotFound() {
        HttpResponse<String> response = chat(ServeFixture.ALICE_KEY, Http.chat("lawyer", "s", "hi"));

        assertOpenAiError(response, 404, "model_not_found");
        assertThat(Http.json(response).at("/error/message").asText()).contains("finance, shop, echo");
    }

    @Test
    void oversizedBodyIs413AndNothingRuns() {
        int before = fixture.echoModel.requests().size();

        assertOpenAiError(chat(ServeFixture.ALICE_KEY, Http.chat("echo", "big", "x".repeat(5000))), 413,
                "request_too_large");
        assertThat(fixture.echoModel.requests()).hasSize(before);
    }

    @Test
    void malformedOrWrongJsonIs400NeverServerError() {
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "{\"model\": \"echo\", \"messages\": ["), 400, "invalid_request");
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "[1, 2]"), 400, "invalid_request");
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "{\"model\":\"echo\",\"messages\":[]}"), 400, "invalid_request");
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "{\"model\":\"echo\",\"messages\":[{\"role\":\"user\",\"content\":42}]}"),
                400, "invalid_request");
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "{\"model\":\"echo\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                + "\"temprature\":1}"), 400, "invalid_request");
        assertOpenAiError(chat(ServeFixture.ALICE_KEY, "{\"model\":\"echo\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"hello\"}]}"), 400, "invalid_request");
        assertOpenAiError(Http.post(fixture.server.uri(), "/v1/approvals/x", ServeFixture.ALICE_KEY, "{\"decision\":\"maybe\"}"),
                400, "invalid_request");
        assertOpenAiError(Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                Http.chat("echo", "bad session!", "hi")), 400, "invalid_request");
    }

    @Test
    void usersWithTheSameSessionNameNeverShareAConversation() {
        chat(ServeFixture.ALICE_KEY, Http.chat("echo", "same", "alice's secret"));

        JsonNode bob = Http.json(chat(ServeFixture.BOB_KEY, Http.chat("echo", "same", "hello")));

        assertThat(bob.at("/choices/0/message/content").asText()).isEqualTo("echo: hello");
        assertThat(fixture.echoModel.lastRequest().messages().toString()).doesNotContain("alice's secret");
        assertThat(bob.at("/praxis/run/session_id").asText()).startsWith("bob/");
    }

    @Test
    void closesCorsToOtherOrigins() {
        HttpResponse<String> foreign = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                Http.chat("echo", "s", "hi"), Map.of("Origin", "https://evil.example"));
        HttpResponse<String> allowed = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                Http.chat("echo", "s", "hi"), Map.of("Origin", "https://shop.example"));

        assertOpenAiError(foreign, 403, "origin_not_allowed");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
    }

    @Test
    void rateLimitsEachKeyWith429AndRetryAfter() {
        try (ServeFixture limited = new ServeFixture(ServeOptions.loopback(0).withRateLimit(new RateLimit(2, 0.001)))) {
            for (int i = 0; i < 2; i++) {
                assertThat(Http.get(limited.server.uri(), "/v1/models", ServeFixture.ALICE_KEY).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> third = Http.get(limited.server.uri(), "/v1/models", ServeFixture.ALICE_KEY);

            assertOpenAiError(third, 429, "rate_limit_exceeded");
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.get(limited.server.uri(), "/v1/models", ServeFixture.BOB_KEY).statusCode())
                    .as("bob has his own bucket").isEqualTo(200);
        }
    }
}
