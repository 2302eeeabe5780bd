package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads back a session made of {@link Messages#turn} pairs, checking that no turn was split or interleaved. */
final class StoredTurns {

    private StoredTurns() {
    }

    /** The turn numbers in stored order; fails if a question is not followed by its own answer. */
    static List<Integer> numbers(List<ChatMessage> messages) {
        assertThat(messages.size() % 2).as("whole turns only").isZero();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < messages.size(); i += 2) {
            int n = Integer.parseInt(((dev.langchain4j.data.message.UserMessage) messages.get(i)).singleText()
                    .substring("question ".length()));
            assertThat(messages.subList(i, i + 2)).as("turn at %d", i).isEqualTo(Messages.turn(n));
            numbers.add(n);
        }
        return numbers;
    }

    /** Every turn {@code w * 1000 + k} for {@code w < writers} and {@code k < turns}, once, each writer's in order. */
    static void assertAllKept(List<ChatMessage> messages, int writers, int turns) {
        List<Integer> numbers = numbers(messages);
        List<Integer> expected = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            for (int k = 0; k < turns; k++) {
                expected.add(w * 1000 + k);
            }
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            assertThat(numbers.stream().filter(n -> n / 1000 == writer).toList()).as("writer %d in order", w).isSorted();
        }
    }
}
