package dev.praxis.examples.cli;

import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code --verbose} adds after each answer, against a local server speaking OpenAI's wire format, and what a
 * refused key tells the user to do.
 */
class AnswerStatisticsCliTest {

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

    private CliRun ask(String... extra) {
        String[] base = {"ask", "--agent", "finance", "--model", "openai/qwen2.5:7b", "--base-url",
                server.url("/v1").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.run(dataDir, all);
    }

    @Test
    void verbosePrintsElapsedTimeAndTheServersTokenCountsOnStderrAfterTheAnswer() {
        // OpenAiResponses.answer reports usage: prompt_tokens 120, completion_tokens 20
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(OpenAiResponses.answer("Hello.")).build());

        CliRun run = ask("--verbose", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Hello.");
        assertThat(run.err()).containsPattern("\\[finance\\] \\d+\\.\\d\\d s, 1 model call, 0 tool calls, "
                + "tokens 120 in / 20 out\\n");
    }

    @Test
    void withoutVerboseNoStatisticsArePrinted() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(OpenAiResponses.answer("Hello.")).build());

        CliRun run = ask("hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("tokens");
    }

    @Test
    void refusedKeyIsModelErrorWhoseHintNamesOnlyWaysTheCommandLineOffers() {
        server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
                .body(OpenAiResponses.error("Incorrect API key provided", "invalid_request_error")).build());

        CliRun run = ask("hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.err()).contains("refused the credentials", "set a valid key in PRAXIS_API_KEY");
        // every option the hint names must exist on the command line
        java.util.regex.Matcher options = java.util.regex.Pattern.compile("--[a-z][a-z-]+").matcher(run.err());
        java.util.List<String> named = new java.util.ArrayList<>();
        while (options.find()) {
            named.add(options.group());
        }
        String help = CliRun.exactly("", "ask", "--help").out();
        assertThat(named).allSatisfy(option -> assertThat(help).containsPattern(" " + option + "[ =]"));
        assertThat(run.out()).isBlank();
    }
}
