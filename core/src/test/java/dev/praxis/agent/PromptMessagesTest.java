package dev.praxis.agent;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model call's message list is a snapshot: later messages of the run, and growth of the array, leave it alone. */
class PromptMessagesTest {

    @Test
    void aSnapshotKeepsItsMessagesWhileThePromptGrowsPastItsArray() {
        PromptMessages prompt = new PromptMessages();
        List<ChatMessage> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(UserMessage.from("m" + i));
        }
        prompt.addAll(expected);
        List<ChatMessage> first = prompt.snapshot();

        List<ChatMessage> more = new LinkedList<>();
        for (int i = 3; i < 200; i++) {
            more.add(UserMessage.from("m" + i));
        }
        prompt.addAll(more);
        prompt.add(UserMessage.from("last"));

        assertThat(first).isEqualTo(expected);
        assertThat(prompt.snapshot()).hasSize(201).endsWith(UserMessage.from("last"));
        assertThat(prompt.snapshot().get(150)).isEqualTo(UserMessage.from("m150"));
        assertThatThrownBy(() -> first.add(UserMessage.from("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
