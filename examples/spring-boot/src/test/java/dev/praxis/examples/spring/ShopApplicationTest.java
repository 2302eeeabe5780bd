package dev.praxis.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.memory.store.ConversationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop service on an in-memory H2 database, its model a scripted OpenAI-compatible server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopApplicationTest {

    static final ScriptedOpenAiServer MODEL = new ScriptedOpenAiServer();

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConversationStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("praxis.model", () -> "vllm/shop-model");
        registry.add("praxis.base-url", MODEL::baseUrl);
        registry.add("praxis.retry.max-attempts", () -> "1");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void deniedCancellationIsAnsweredAndTheConversationIsStored() {
        ShopConversation.cancelAskedDeniedAndAnswered(http, MODEL, "h2-session");

        // user, the call, "waits for approval", the waiting notice; then the decided call, its denial, the answer
        var messages = store.load("h2-session").messages();
        assertThat(messages).hasSize(7);
        assertThat(((dev.langchain4j.data.message.AiMessage) messages.get(6)).text())
                .isEqualTo("I did not cancel order o-404: the cancellation was not approved.");
        assertThat(store.getClass().getSimpleName()).isEqualTo("JdbcConversationStore");
    }

    @Test
    void healthShowsTheModelServerUp() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.at("/components/praxisModel/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/praxisModel/details/server").asText()).isEqualTo(MODEL.baseUrl());
    }
}
