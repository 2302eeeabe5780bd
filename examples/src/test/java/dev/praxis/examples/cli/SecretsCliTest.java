package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A base URL with credentials in it ({@code http://user:password@host}) reaches the model's error messages; the
 * password must not reach standard output, standard error, the JSON run record, the stored session, or the next
 * model server that is sent the conversation.
 */
class SecretsCliTest {

    private static final String PASSWORD = "hunter2-S3cret";

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String unreachableUrlWithCredentials() {
        int port = server.getPort();
        server.close();
        return "http://ann:" + PASSWORD + "@127.0.0.1:" + port + "/v1?key=" + PASSWORD + "-q";
    }

    @Test
    void credentialsInTheBaseUrlReachNeitherTheTerminalNorTheRecordNorTheSession() {
        String url = unreachableUrlWithCredentials();

        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--json", "--verbose", "--session", "s-1",
                "--model", "openai/qwen2.5:7b", "--base-url", url, "hi");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out() + run.err()).isNotBlank().doesNotContain(PASSWORD);
        assertThat(storedSessions()).doesNotContain(PASSWORD);
    }

    @Test
    void credentialsFromAFailedTurnAreNotSentToTheNextModelServer() throws Exception {
        CliRun failed = CliRun.run(dataDir, "ask", "--agent", "finance", "--session", "s-2",
                "--model", "openai/qwen2.5:7b", "--base-url", unreachableUrlWithCredentials(), "hi");
        assertThat(failed.exitCode()).isNotZero();

        try (MockWebServer next = new MockWebServer()) {
            next.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body(OpenAiResponses.answer("Hello again.")).build());
            next.start();
            CliRun second = CliRun.run(dataDir, "ask", "--agent", "finance", "--json", "--session", "s-2",
                    "--model", "openai/qwen2.5:7b", "--base-url", next.url("/v1").toString(), "still there?");

            assertThat(second.exitCode()).isZero();
            RecordedRequest sent = next.takeRequest();
            JsonNode messages = PraxisJson.parse(sent.getBody().utf8()).get("messages");
            assertThat(messages.toString()).contains("hi").contains("still there?").doesNotContain(PASSWORD);
        }
    }

    private String storedSessions() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).map(SecretsCliTest::read).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            // byte for byte: some session files are binary, and the password is ASCII
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
