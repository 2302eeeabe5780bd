package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official OpenAI TypeScript SDK ({@code openai} 7.x from npm, installed by {@code npm ci} in
 * {@code serve/src/test/node}) against a running server: a plain and a streamed completion from the finance agent,
 * an approval round trip with the shop agent, and 401 for an unknown key.
 */
class OpenAiTypeScriptSdkTest {

    private static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeAll
    static void sdkInstalled() {
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/openai")),
                "skipped: run `npm ci --no-audit --no-fund --prefix serve/src/test/node` first (.ci/run does)");
    }

    @Test
    void officialSdkChatsStreamsApprovesAndIsRefusedWithoutAKey() throws Exception {
        try (ServeFixture fixture = new ServeFixture()) {
            JsonNode out = node(fixture.baseUrl(), ServeFixture.ALICE_KEY);

            assertThat(out.at("/plain/content").asText()).contains("Monthly payment: 1896.20 USD");
            assertThat(out.at("/plain/finish_reason").asText()).isEqualTo("stop");
            assertThat(out.at("/plain/stop_reason").asText()).isEqualTo("COMPLETED");
            assertThat(out.at("/streamed/content").asText()).contains("Monthly payment: 1896.20 USD");
            assertThat(out.at("/streamed/chunks").asInt()).as("role, content, finish").isGreaterThanOrEqualTo(3);
            assertThat(out.at("/streamed/finish_reason").asText()).isEqualTo("stop");
            assertThat(out.at("/streamed/content").asText()).as("same content as the plain completion")
                    .isEqualTo(out.at("/plain/content").asText());
            assertThat(out.at("/streamed/tools").toString()).as("the SDK passes the tool chunks on")
                    .contains("tool_started loan_payment").contains("tool_finished loan_payment");
            assertThat(out.at("/approval/finish_reason").asText()).isEqualTo("approval_required");
            assertThat(out.at("/approval/listed").get(0).asText()).isEqualTo(out.at("/approval/id").asText());
            assertThat(out.at("/approval/details").toString()).contains("106.17 USD").contains("1 Main St");
            assertThat(out.at("/approval/after").asText()).startsWith("Order placed: O-");
            assertThat(out.at("/approval/after_finish").asText()).isEqualTo("stop");
            assertThat(out.at("/unauthorized/status").asInt()).isEqualTo(401);
            assertThat(out.at("/unauthorized/code").asText()).isEqualTo("invalid_api_key");
        }
    }

    private JsonNode node(String baseUrl, String key) throws Exception {
        Path err = tmp.resolve("node.err");
        Process process = new ProcessBuilder("node", NODE_DIR.resolve("client.mjs").toString(), baseUrl, key)
                .redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node client finished").isTrue();
        System.out.println("node client.mjs -> " + out.strip());
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return PraxisJson.parse(out.strip());
    }
}
