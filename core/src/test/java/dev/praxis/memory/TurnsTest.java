package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TurnsTest {

    private static ToolExecutionRequest call(String id) {
        return ToolExecutionRequest.builder().id(id).name("lookup").arguments("{}").build();
    }

    private static ToolExecutionResultMessage result(String id) {
        return ToolExecutionResultMessage.from(id, "lookup", "ok");
    }

    @Test
    void returnsAWellPairedLogAsItIs() {
        List<ChatMessage> log = List.of(UserMessage.from("q"), AiMessage.from(List.of(call("a"), call("b"))),
                result("b"), result("a"), AiMessage.from("done"));

        assertThat(Turns.withoutDanglingToolCalls(log)).isSameAs(log);
    }

    @Test
    void dropsACallWhoseResultNeverCame() {
        List<ChatMessage> log = List.of(UserMessage.from("q"), AiMessage.from(List.of(call("a"), call("b"))), result("a"));

        List<ChatMessage> repaired = Turns.withoutDanglingToolCalls(log);

        assertThat(((AiMessage) repaired.get(1)).toolExecutionRequests()).extracting(ToolExecutionRequest::id).containsExactly("a");
        assertThat(repaired).hasSize(3);
    }

    @Test
    void dropsAResultWithoutItsCall() {
        List<ChatMessage> log = List.of(result("x"), UserMessage.from("q"), AiMessage.from("a"));

        assertThat(Turns.withoutDanglingToolCalls(log)).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("UserMessage", "AiMessage");
    }

    @Test
    void treatsARepeatedResultAsNotPairedUp() {
        List<ChatMessage> log = List.of(UserMessage.from("q"), AiMessage.from(List.of(call("a"), call("b"))),
                result("a"), result("a"));

        List<ChatMessage> repaired = Turns.withoutDanglingToolCalls(log);

        assertThat(repaired).isNotSameAs(log);
        assertThat(((AiMessage) repaired.get(1)).toolExecutionRequests()).extracting(ToolExecutionRequest::id).containsExactly("a");
    }

    @Test
    void countWindowCutsWhereTheGeneralWindowWithUnitCostCuts() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            List<ChatMessage> log = new ArrayList<>();
            int turns = random.nextInt(12);
            for (int t = 0; t < turns; t++) {
                log.add(UserMessage.from("q" + t));
                int calls = random.nextInt(3);
                if (calls > 0) {
                    List<ToolExecutionRequest> requests = new ArrayList<>();
                    for (int c = 0; c < calls; c++) {
                        requests.add(call(t + "-" + c));
                    }
                    log.add(AiMessage.from(requests));
                    requests.forEach(r -> log.add(result(r.id())));
                }
                log.add(AiMessage.from("a" + t));
            }
            for (int max = 1; max <= log.size() + 1; max++) {
                assertThat(Turns.windowStartByCount(log, max)).as("trial %d, max %d", trial, max)
                        .isEqualTo(Turns.windowStart(log, m -> 1, max));
            }
        }
    }
}
