package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.Messages;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizingPolicyTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final AtomicInteger summaries = new AtomicInteger();
    private final ScriptedChatModel model = ScriptedChatModel.answering(
            request -> ScriptedChatModel.answer("summary " + summaries.incrementAndGet()));

    private static String text(ChatMessage message) {
        return ((UserMessage) message).singleText();
    }

    private static String lastUserText(ScriptedChatModel model) {
        List<ChatMessage> messages = model.lastRequest().messages();
        return text(messages.get(messages.size() - 1));
    }

    @Test
    void sendsEverythingVerbatimWhileItFits() {
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.summarizing(model, 8));
        for (int i = 0; i < 4; i++) {
            memory.append("s1", Messages.turn(i));
        }

        assertThat(memory.history("s1")).hasSize(8);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void condensesTheOlderHalfIntoASummaryWhenTheWindowOverflows() {
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.summarizing(model, 8));
        for (int i = 0; i < 5; i++) {
            memory.append("s1", Messages.turn(i));
        }

        List<ChatMessage> history = memory.history("s1");

        assertThat(model.requests()).hasSize(1);
        assertThat(lastUserText(model)).contains("user: question 0", "assistant: answer 2")
                .doesNotContain("question 3");
        assertThat(text(history.get(0))).isEqualTo(SummarizingPolicy.SUMMARY_HEADER + "summary 1");
        assertThat(history.subList(1, history.size())).isEqualTo(HistoryPolicyTest.concat(Messages.turn(3),
                Messages.turn(4)));
    }

    @Test
    void callsTheModelOncePerHalfWindowNotPerTurnAndFoldsThePreviousSummaryIn() {
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.summarizing(model, 8));
        for (int i = 0; i < 20; i++) {
            int turn = i;
            memory.inSession("s1", () -> {
                memory.history("s1");
                memory.append("s1", Messages.toolTurn(turn));
                return null;
            });
        }

        List<ChatMessage> history = memory.history("s1");

        // 4-message turns, window 8: each summary keeps one turn, so a new one is due every second turn.
        assertThat(model.requests()).hasSize(9);
        assertThat(lastUserText(model)).startsWith("Summary so far:\nsummary " + (summaries.get() - 1));
        assertThat(text(history.get(0))).endsWith("summary " + summaries.get());
        assertThat(history.size()).isLessThanOrEqualTo(1 + 8);
        HistoryPolicyTest.assertEveryToolResultFollowsItsCall(history);
    }

    @Test
    void keepsTheSummaryInTheSessionStateSoANewProcessDoesNotRecomputeIt() {
        StoredConversationMemory first = StoredConversationMemory.of(store, HistoryPolicy.summarizing(model, 4));
        for (int i = 0; i < 3; i++) {
            first.append("s1", Messages.turn(i));
        }
        List<ChatMessage> before = first.history("s1");

        ScriptedChatModel unused = ScriptedChatModel.of(ScriptedChatModel.answer("must not be called"));
        StoredConversationMemory second = StoredConversationMemory.of(store, HistoryPolicy.summarizing(unused, 4));

        assertThat(second.history("s1")).isEqualTo(before);
        assertThat(unused.requests()).isEmpty();
    }

    @Test
    void fallsBackToTheVerbatimWindowWhenTheModelFails() {
        ScriptedChatModel failing = ScriptedChatModel.answering(request -> {
            throw new IllegalStateException("model down");
        });
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.summarizing(failing, 4));
        for (int i = 0; i < 4; i++) {
            memory.append("s1", Messages.turn(i));
        }

        assertThat(memory.history("s1")).isEqualTo(HistoryPolicyTest.concat(Messages.turn(2), Messages.turn(3)));
    }

    @Test
    void startsOverAfterTheSessionIsCleared() {
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.summarizing(model, 4));
        for (int i = 0; i < 3; i++) {
            memory.append("s1", Messages.turn(i));
        }
        memory.history("s1");

        memory.clear("s1");
        memory.append("s1", Messages.turn(9));

        assertThat(memory.history("s1")).isEqualTo(Messages.turn(9));
    }

}
