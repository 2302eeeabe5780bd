package dev.praxis.examples.spring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shop service on a real PostgreSQL ({@code PRAXIS_TEST_POSTGRES_URL}, which the build passes on as
 * {@code praxis.test.postgres.url}); skipped without it. The conversation must land in PostgreSQL's tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopApplicationPostgresTest {

    static final ScriptedOpenAiServer MODEL = new ScriptedOpenAiServer();
    static final String URL = System.getProperty("praxis.test.postgres.url", "");

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(URL.startsWith("jdbc:postgresql:"), "praxis.test.postgres.url not set: PostgreSQL tests skipped");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("praxis.model", () -> "vllm/shop-model");
        registry.add("praxis.base-url", MODEL::baseUrl);
        registry.add("praxis.retry.max-attempts", () -> "1");
        registry.add("spring.datasource.url", () -> URL);
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void deniedCancellationIsAnsweredAndTheConversationLandsInPostgres() throws Exception {
        String session = "pg-" + UUID.randomUUID();
        ShopConversation.cancelAskedDeniedAndAnswered(http, MODEL, session);

        try (Connection db = DriverManager.getConnection(URL);
             PreparedStatement count = db.prepareStatement(
                     "SELECT COUNT(*) FROM praxis_messages WHERE session_id = ?")) {
            count.setString(1, session);
            try (ResultSet rows = count.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7); // as in ShopApplicationTest
            }
        }
        try (Connection db = DriverManager.getConnection(URL);
             PreparedStatement last = db.prepareStatement(
                     "SELECT message FROM praxis_messages WHERE session_id = ? ORDER BY seq DESC")) {
            last.setString(1, session);
            try (ResultSet rows = last.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).contains("I did not cancel order o-404");
            }
        }
    }
}
