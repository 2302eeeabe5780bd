package dev.praxis.examples.cli;

import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.SessionLease;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per exit code in {@code praxis --help}'s list ({@link PraxisCommand}, {@link ExitCodes}): the code, and
 * which stream carries the message. Answers and JSON go to standard output; errors and statements of why a run did
 * not finish go to standard error.
 */
class ExitCodesCliTest {

    private static final String LOAN = "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}";

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

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    /** An OpenAI-compatible streamed (SSE) answer, as chat asks for. */
    private static MockResponse streamed(String text) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(
                OpenAiResponses.streamedText(text) + OpenAiResponses.streamedFinish("stop") + OpenAiResponses.streamedEnd())
                .build();
    }

    private CliRun askServer(String... extra) {
        String[] base = {"ask", "--agent", "finance", "--model", "openai/qwen2.5:7b", "--base-url",
                server.url("/v1").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.run(dataDir, all);
    }

    // 0: success

    @Test
    void successExitsZeroWithTheAnswerOnStdout() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", LOAN);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        // 300000 at 6.5 % over 360 months: 1896.20 (standard annuity formula; also SharedDataDirMultiProcessTest)
        assertThat(run.out()).contains("1896.20");
        assertThat(run.err()).isEmpty();
    }

    // 1: internal error. No honest way to provoke a Praxis bug from the outside; 1 is also the code of any failure
    // the command line does not classify, such as an I/O error, so that is what this test provokes.

    @Test
    void unclassifiedFailureExitsOneWithOneLineOnStderrAndTheTraceOnlyWithVerbose() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dataDir.resolve("plain-file"), "x");

        CliRun run = CliRun.exactly("", "ask", "--agent", "finance", "--data-dir", notAFolder.toString(), "hi");
        CliRun verbose = CliRun.exactly("", "ask", "--agent", "finance", "--verbose", "--data-dir",
                notAFolder.toString(), "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(verbose.err()).contains("\tat ");
    }

    // 2: bad input

    @Test
    void unknownModelSpecIsBadInputNotInternal() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--model", "bogus", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--model bogus: model spec 'bogus' has no backend prefix");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badModelSpecInPraxisModelIsBadInputNamingTheVariable() {
        CliRun run = CliRun.run(dataDir, "", Map.of("PRAXIS_MODEL", "nosuch/model"), "ask", "--agent", "finance", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("PRAXIS_MODEL=nosuch/model: unknown model backend 'nosuch'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownToolCallingModeIsBadInput() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--tool-calling", "weird", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--tool-calling weird: unknown tool-calling mode 'weird'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownToolCallingModeOfEvalIsBadInput() {
        CliRun run = CliRun.exactly("", "eval", "builtin", "--tool-calling", "weird");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--tool-calling weird: unknown tool-calling mode 'weird'");
    }

    @Test
    void unknownReasoningModeIsBadInput() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--reasoning", "sideways", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--reasoning sideways: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownAgentIsBadInputNamingTheAgents() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "travel", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown agent 'travel'", "finance");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownToolIsBadInputWithoutBuildingAnything() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_paymnt", LOAN);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown tool 'loan_paymnt'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidToolArgumentsAreBadInput() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "{\"principal\": -5}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("error: ").contains("principal");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void blankMessageIsBadInput() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "  ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noCommandPrintsUsageOnStderrAndExitsTwo() {
        CliRun run = CliRun.exactly("");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("missing command", "Usage: praxis", "ask", "tools", "Exit codes:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void toolsWithoutListOrCallPrintsItsUsageAndExitsTwo() {
        CliRun run = CliRun.exactly("", "tools");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("missing command", "Usage: praxis tools", "list", "call");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void blankDataDirIsRefusedBeforeAnythingRuns() {
        CliRun empty = CliRun.exactly("", "ask", "--agent", "finance", "--data-dir", "", "hi");
        CliRun spaces = CliRun.exactly("", "tools", "call", "--data-dir", "  ", "loan_payment", LOAN);

        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("--data-dir is blank", "try: praxis ask --help");
        assertThat(empty.out()).isEmpty();
        assertThat(spaces.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(spaces.err()).contains("--data-dir is blank", "try: praxis tools call --help");
        assertThat(spaces.out()).isEmpty();
    }

    @Test
    void unknownOptionIsBadInputWithTheCommandsHelpHint() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--nope", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--nope'", "try: praxis ask --help")
                .doesNotContain("praxis praxis");
        assertThat(run.out()).isEmpty();
    }

    // 3: model unreachable

    @Test
    void closedLocalPortIsModelUnreachableWithTheReasonOnStderr() {
        int port = server.getPort();
        server.close();

        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--model", "ollama/qwen2.5:7b",
                "--base-url", "http://127.0.0.1:" + port, "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.err()).contains("error: ", "cannot connect", "Ollama running");
        assertThat(run.out()).isBlank();
    }

    @Test
    void chatWhoseLastTurnFailedExitsWithThatTurnsCode() {
        int port = server.getPort();
        server.close();

        CliRun run = CliRun.run(dataDir, "hi\n/exit\n", Map.of(), "chat", "--agent", "finance", "--model",
                "ollama/qwen2.5:7b", "--base-url", "http://127.0.0.1:" + port);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.err()).contains("cannot connect");
        assertThat(run.out()).doesNotContain("cannot connect");
    }

    @Test
    void chatWhoseLastTurnSucceededExitsZeroAfterAnEarlierFailure() {
        server.setDispatcher(new Dispatcher() {
            private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().utf8();
                // the first turn's requests fail (retries included); the second turn's are answered
                return body.contains("zebra-2") ? streamed("Hello.") : new MockResponse.Builder()
                        .code(400).setHeader("Content-Type", "application/json")
                        .body(OpenAiResponses.error("no such model " + calls.incrementAndGet(), "invalid_request_error"))
                        .build();
            }
        });

        CliRun run = CliRun.run(dataDir, "zebra-1\nzebra-2\n/exit\n", Map.of(), "chat", "--agent", "finance",
                "--model", "openai/qwen2.5:7b", "--tool-calling", "native", "--base-url", server.url("/v1").toString());

        assertThat(run.err()).contains("error: ");
        assertThat(run.out()).contains("Hello.");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    // 4: the agent stopped before finishing

    @Test
    void modelThatKeepsCallingToolsStopsTheAgentWithCodeFourAndTheReasonOnStderr() {
        server.setDispatcher(new Dispatcher() {
            private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = calls.incrementAndGet();
                // a new principal each time, so every step is a fresh call and only a limit can end the run
                return json(OpenAiResponses.toolCalls(OpenAiResponses.call("call_" + n, "loan_payment",
                        "{\"principal\": " + (100000 + n) + ", \"annual_rate\": 6.5, \"term_months\": 360}")));
            }
        });

        CliRun run = askServer("--tool-calling", "native", "Payment on a loan?");
        CliRun json = askServer("--tool-calling", "native", "--json", "Payment on a loan?");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.err()).contains("error: ");
        assertThat(run.out()).isBlank();
        // with --json the partial record is still the data on stdout
        assertThat(json.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(json.out()).contains("\"stop_reason\"", "loan_payment").doesNotContain("\"COMPLETED\"");
    }

    // 5: tools call of a side-effecting tool not approved

    @Test
    void unapprovedSideEffectingToolCallExitsFiveAndDoesNothing() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "--approve", "never", "execute_trade",
                "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":1,\"approval_token\":\"x\",\"idempotency_key\":\"k1\"}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DENIED);
        assertThat(run.err()).contains("denied", "nothing was done", "--approve");
        assertThat(run.out()).isEmpty();
    }

    // 6: session busy

    @Test
    @SuppressWarnings("try") // the lease is held for the try block's scope, unreferenced inside
    void sessionHeldElsewhereExitsSixAndStoresNothing() throws Exception {
        try (FileConversationStore store = FileConversationStore.open(dataDir.resolve("sessions"));
             SessionLease held = store.lease("busy", Duration.ZERO)) {
            CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--session", "busy", "--session-wait", "0",
                    "Quote for AAPL");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.SESSION_BUSY);
            assertThat(run.err()).contains("session 'busy' is busy", "--session-wait");
            assertThat(run.out()).isEmpty();
            assertThat(store.load("busy").messages()).isEmpty();
        }
    }
}
