package dev.praxis.benchmarks.concurrency;

import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's server and agent really do one tool call and one answer per turn, over HTTP on 127.0.0.1, on every
 * transport the harness can compare.
 */
class DelayedModelServerTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void answersEachTurnWithAToolCallThenAFinalAnswerOverRealHttp(Transport transport) {
        try (DelayedModelServer server = DelayedModelServer.start(Duration.ofMillis(1))) {
            var agent = ConcurrencyHarness.agent(transport.model(server.baseUrl()));

            RunRecord first = agent.run("s1", "What is 2 + 3?");
            RunRecord second = agent.run("s1", "And again?");

            for (RunRecord record : new RunRecord[]{first, second}) {
                assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
                assertThat(record.answer()).isEqualTo(DelayedModelServer.ANSWER);
                assertThat(record.toolCalls()).singleElement().satisfies(c -> assertThat(c.result().asInt()).isEqualTo(5));
            }
            assertThat(server.requests()).isEqualTo(4);
            assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }
}
