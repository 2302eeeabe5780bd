package dev.praxis.benchmarks.overhead;

import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both sides of the overhead benchmark really do the same turn: one tool call, then the answer. */
class ContendersTest {

    @Test
    void praxisTurnCallsTheToolOnceAndAnswers() {
        Calculator calculator = new Calculator();

        RunRecord record = Contenders.praxis(new InstantModel(), calculator).run("s1", "What is 2 + 3?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.answer()).isEqualTo(InstantModel.ANSWER);
        assertThat(record.toolCalls()).singleElement().satisfies(c -> assertThat(c.result().asInt()).isEqualTo(5));
        assertThat(record.modelCalls()).hasSize(2);
        assertThat(calculator.calls()).isEqualTo(1);
    }

    @Test
    void langchain4jTurnCallsTheToolOnceAndAnswers() {
        Calculator calculator = new Calculator();

        String answer = Contenders.langchain4j(new InstantModel(), calculator).chat("s1", "What is 2 + 3?");

        assertThat(answer).isEqualTo(InstantModel.ANSWER);
        assertThat(calculator.calls()).isEqualTo(1);
    }

    @Test
    void benchmarkMethodsKeepWorkingOnceMemoryWindowIsFull() {
        AgentOverheadBenchmark benchmark = new AgentOverheadBenchmark();
        benchmark.setUp();
        for (int i = 0; i < 30; i++) {
            assertThat(benchmark.praxisTurn().answer()).isEqualTo(InstantModel.ANSWER);
            assertThat(benchmark.langchain4jTurn()).isEqualTo(InstantModel.ANSWER);
        }
    }

    @Test
    void bothDispatchersPriceTheSameOrder() {
        ToolDispatchBenchmark benchmark = new ToolDispatchBenchmark();
        benchmark.setUp();

        String praxis = benchmark.praxisDispatch();
        String langchain4j = benchmark.langchain4jDispatch();

        assertThat(praxis).contains("\"notional\":30375.00", "\"legs\":2", "\"side\":\"BUY\"", "2026-12-01");
        assertThat(langchain4j).contains("30375.0", "\"legs\"", "BUY", "2026-12-01");
    }
}
