package dev.praxis.internal.memory;

import dev.praxis.memory.store.InMemoryConversationStore;

import dev.praxis.internal.memory.MessageSnapshot;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.internal.memory.ToolPairing;
import dev.praxis.memory.TokenEstimator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSnapshotTest {

    private static long estimate(List<ChatMessage> messages) {
        TokenEstimator estimator = TokenEstimator.approximate();
        return messages.stream().mapToLong(estimator::estimate).sum();
    }

    @Test
    void approximateTokensOfAnyLoadOrWindowEqualTheEstimatorsSumAsTheSessionGrows() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        List<ChatMessage> all = new ArrayList<>();
        for (int turn = 0; turn < 30; turn++) {
            List<ChatMessage> batch = List.of(UserMessage.from("question " + "x".repeat(turn * 7)),
                    AiMessage.from("answer " + turn));
            store.append("s1", all.size(), batch);
            all.addAll(batch);
            List<ChatMessage> loaded = store.load("s1").messages();
            MessageSnapshot snapshot = (MessageSnapshot) loaded;
            assertThat(snapshot.approximateTokens()).isEqualTo(estimate(all));
            int from = Math.max(0, all.size() - 7);
            MessageSnapshot window = (MessageSnapshot) loaded.subList(from, all.size());
            assertThat(window.approximateTokens()).isEqualTo(estimate(all.subList(from, all.size())));
        }
    }

    private static List<ChatMessage> toolTurn(String id) {
        return List.of(UserMessage.from("add " + id),
                AiMessage.from(List.of(ToolExecutionRequest.builder().id(id).name("add").arguments("{}").build())),
                ToolExecutionResultMessage.from(id, "add", "3"), AiMessage.from("3"));
    }

    @Test
    void knownPairingIsNeverClaimedForAWindowThatAFullCheckRejects() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        List<ChatMessage> log = new ArrayList<>();
        log.addAll(toolTurn("a"));
        log.add(SystemMessage.from("be brief"));
        log.addAll(toolTurn("b"));
        // A turn that died between its call and the result: the call dangles from here on.
        log.add(UserMessage.from("add c"));
        log.add(AiMessage.from(List.of(ToolExecutionRequest.builder().id("c").name("add").arguments("{}").build())));
        log.addAll(toolTurn("d"));
        store.append("s1", 0, log);
        MessageSnapshot all = (MessageSnapshot) store.load("s1").messages();
        int claimed = 0;
        for (int from = 0; from <= log.size(); from++) {
            for (int to = from; to <= log.size(); to++) {
                MessageSnapshot window = (MessageSnapshot) all.subList(from, to);
                if (window.toolCallsKnownPaired()) {
                    claimed++;
                    assertThat(ToolPairing.pairedUp(window)).as("window %d..%d", from, to).isTrue();
                }
            }
        }
        // Every whole-turn window before the dangling call is known without a scan.
        assertThat(((MessageSnapshot) all.subList(0, 9)).toolCallsKnownPaired()).isTrue();
        assertThat(((MessageSnapshot) all.subList(5, 9)).toolCallsKnownPaired()).isTrue();
        assertThat(((MessageSnapshot) all.subList(7, 9)).toolCallsKnownPaired()).as("starts at a result").isFalse();
        assertThat(((MessageSnapshot) all.subList(0, 11)).toolCallsKnownPaired()).isFalse();
        assertThat(claimed).isGreaterThan(10);
    }

    @Test
    void systemMessageCountCoversOnlyTheWindow() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        store.append("s1", 0, List.of(SystemMessage.from("one"), UserMessage.from("q"), AiMessage.from("a"),
                SystemMessage.from("two"), UserMessage.from("q2")));
        MessageSnapshot all = (MessageSnapshot) store.load("s1").messages();
        assertThat(all.systemMessageCount()).isEqualTo(2);
        assertThat(((MessageSnapshot) all.subList(1, 3)).systemMessageCount()).isZero();
        assertThat(((MessageSnapshot) all.subList(2, 5)).systemMessageCount()).isEqualTo(1);
    }
}
