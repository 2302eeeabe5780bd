package dev.praxis.examples.cli;

import dev.praxis.testing.server.FakeModelServer;
import dev.praxis.testing.server.FakeServerBehaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --record DIR} against a fake vLLM server, then {@code --replay DIR} with the server gone. */
class RecordReplayCliTest {

    private static final String QWEN = "Qwen/Qwen3-8B";
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final String QUESTION = "Hello, my api_key=sk-proj-abcdefghijklmnop and mail ann@example.com";

    @TempDir
    Path dataDir;

    @TempDir
    Path cassette;

    private CliRun ask(String mode, String url, String question) {
        return CliRun.run(dataDir, "", Map.of("PRAXIS_API_KEY", KEY), "ask", "--agent", "finance", "--approve", "never",
                "--model", "vllm/" + QWEN, "--base-url", url, mode, cassette.toString(), question);
    }

    private String recorded() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(cassette)) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private CliRun record() {
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser(QWEN))) {
            return ask("--record", server.baseUrl(), QUESTION);
        }
    }

    @Test
    void aRecordedAskReplaysWithoutTheServer() throws Exception {
        CliRun live = record();
        assertThat(live.exitCode()).as(live.err()).isZero();

        // the server is closed: a replay that reached for it would fail
        CliRun replay = ask("--replay", "http://127.0.0.1:9/v1", QUESTION);

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        // the fake echoes the question, key included: the cassette keeps the answer with the key masked
        assertThat(replay.out()).isEqualTo(live.out().replace("sk-proj-abcdefghijklmnop", "***")).contains("You said:");
        assertThat(cassette.resolve("interaction-0001.json")).exists();
        assertThat(recorded()).contains("\"request\"", "\"response\"", "\"type\" : \"SYSTEM\"");
    }

    @Test
    void secretsNeverReachTheCassette() throws Exception {
        record();

        assertThat(recorded()).doesNotContain("sk-proj-abcdefghijklmnop", KEY).contains("***", "ann@example.com");
    }

    @Test
    void aChangedQuestionFailsTheReplayWithTheDifferingField() {
        record();

        CliRun replay = ask("--replay", "http://127.0.0.1:9/v1", "Hello, something else");

        assertThat(replay.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        // the agent's statement of a failed model call goes to stderr, with the model's exit code
        assertThat(replay.err()).contains("does not match the cassette", "interaction-0001.json",
                "expected \"Hello, my api_key=***", "but was \"Hello, something else\"");
    }

    @Test
    void recordAndReplayTogetherAreBadInput() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--record", cassette.toString(), "--replay",
                cassette.toString(), "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--record and --replay exclude each other");
    }
}
