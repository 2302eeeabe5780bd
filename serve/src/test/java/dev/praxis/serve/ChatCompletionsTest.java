package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ChatCompletionsTest {

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
    void answersTheLoanQuestionAsAChatCompletionWithTheRunUnderPraxis() {
        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                Http.chat("finance", "loan-1", "What is the monthly payment on a 300000 loan at 6.5% for 30 years?"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("model").asText()).isEqualTo("finance");
        JsonNode choice = body.path("choices").get(0);
        assertThat(choice.path("message").path("role").asText()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").asText()).contains("Monthly payment: 1896.20 USD");
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(choice.path("message").has("tool_calls")).isFalse();
        assertThat(body.path("praxis").path("stop_reason").asText()).isEqualTo("COMPLETED");
        assertThat(body.path("praxis").path("run").path("tool_calls").get(0).path("name").asText())
                .isEqualTo("loan_payment");
    }

    @Test
    void listsTheAgentsAsOpenAiModels() {
        JsonNode body = Http.json(Http.get(fixture.server.uri(), "/v1/models", ServeFixture.ALICE_KEY));

        assertThat(body.path("object").asText()).isEqualTo("list");
        assertThat(body.path("data").findValuesAsText("id")).containsExactly("finance", "shop", "echo", "loans");
        assertThat(body.path("data").get(0).path("object").asText()).isEqualTo("model");
    }

    @Test
    void sendsOnlyTheNewUserMessageWhenTheClientResendsTheWholeHistory() {
        String first = "{\"model\":\"echo\",\"user\":\"resend\",\"messages\":[{\"role\":\"user\",\"content\":\"one\"}]}";
        String again = "{\"model\":\"echo\",\"user\":\"resend\",\"messages\":[{\"role\":\"system\",\"content\":\"be nice\"},"
                + "{\"role\":\"user\",\"content\":\"one\"},{\"role\":\"assistant\",\"content\":\"echo: one\"},"
                + "{\"role\":\"user\",\"content\":\"two\"}]}";

        assertThat(Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY, first).statusCode())
                .isEqualTo(200);
        JsonNode second = Http.json(Http.post(fixture.server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY, again));

        assertThat(second.path("choices").get(0).path("message").path("content").asText()).isEqualTo("echo: two");
        long userMessages = fixture.echoModel.lastRequest().messages().stream()
                .filter(m -> m instanceof UserMessage).count();
        assertThat(userMessages).as("history 'one' once, then the new 'two'").isEqualTo(2);
    }

    @Test
    void healthIsOpenAndReadinessAsksTheProbe() {
        assertThat(Http.get(fixture.server.uri(), "/healthz", null).statusCode()).isEqualTo(200);
        assertThat(Http.json(Http.get(fixture.server.uri(), "/readyz", null)).path("status").asText()).isEqualTo("ready");
    }
}
