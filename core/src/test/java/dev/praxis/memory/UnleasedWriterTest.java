package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.agent.Agent;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.Messages;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolSpec;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the agent does when the session changes under a running turn, which only a writer ignoring the session's
 * lease can cause: the turn is refused, not stored after messages its model never saw.
 */
class UnleasedWriterTest {

    @Test
    void refusesToStoreATurnAfterMessagesItsModelNeverSaw() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        List<ChatMessage> intruder = Messages.turn(7);
        AtomicInteger runs = new AtomicInteger();
        // The tool stands in for another instance that appends straight to the store, without the lease.
        Tool note = Tool.of(ToolSpec.of("note", "Notes something", JsonObjectSchema.builder().build(),
                SideEffect.READ_ONLY), (arguments, context) -> {
                    runs.incrementAndGet();
                    store.append("s1", store.version("s1"), intruder);
                    return "noted";
                });
        Agent agent = Agent.builder().name("clerk")
                .model(ScriptedChatModel.of(toolCall("note", "{}"), answer("done")))
                .tools(note)
                .memory(StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40)))
                .build();

        assertThatThrownBy(() -> agent.run("s1", "note it"))
                .isInstanceOfSatisfying(TurnNotStoredException.class, e -> {
                    assertThat(e.sessionId()).isEqualTo("s1");
                    assertThat(e.toolResults()).isEqualTo(1);
                    assertThat(e.retriable()).isFalse();
                })
                .hasMessageContaining("its tools may have run");
        assertThat(runs).hasValue(1);
        assertThat(store.load("s1").messages()).isEqualTo(intruder);
    }

    @Test
    void aRefusedTurnWithoutToolResultsIsRetriable() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        Agent agent = Agent.builder().name("clerk")
                .model(ScriptedChatModel.answering(request -> {
                    store.append("s1", store.version("s1"), Messages.turn(1));
                    return answer("hello");
                }))
                .memory(StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40)))
                .build();

        assertThatThrownBy(() -> agent.run("s1", "hi"))
                .isInstanceOfSatisfying(TurnNotStoredException.class, e -> assertThat(e.retriable()).isTrue())
                .hasMessageContaining("no tool ran");
        assertThat(store.load("s1").messages()).isEqualTo(Messages.turn(1));
    }
}
