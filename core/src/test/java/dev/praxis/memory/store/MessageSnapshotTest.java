package dev.praxis.memory.store;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
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
}
