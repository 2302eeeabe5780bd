package dev.praxis.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageWindowMemoryTest {

    private static final StateKey<String> CART = StateKey.of("cart_id", String.class);

    @Test
    void keepsOnlyWhatTheWindowCanReturnInALongSessionAndKeepsState() {
        MessageWindowMemory memory = new MessageWindowMemory(10);
        memory.state("s").put(CART, "c-1");

        for (int i = 0; i < 1000; i++) {
            int turn = i;
            memory.inSession("s", () -> {
                memory.history("s");
                memory.append("s", List.of(UserMessage.from("q" + turn), AiMessage.from("a" + turn)));
                return null;
            });
        }

        List<ChatMessage> history = memory.history("s");
        assertThat(history).hasSize(10);
        assertThat(((AiMessage) history.get(9)).text()).isEqualTo("a999");
        assertThat(((UserMessage) history.get(0)).singleText()).isEqualTo("q995");
        assertThat(memory.transcriptSize("s")).isLessThanOrEqualTo(20);
        assertThat(memory.state("s").get(CART)).contains("c-1");
    }
}
