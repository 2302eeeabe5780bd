package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryPolicyTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();

    private List<ChatMessage> history(HistoryPolicy policy, List<List<ChatMessage>> turns) {
        StoredConversationMemory memory = StoredConversationMemory.of(store, policy);
        turns.forEach(turn -> memory.append("s1", turn));
        return memory.history("s1");
    }

    private static List<List<ChatMessage>> mixedTurns() {
        List<List<ChatMessage>> turns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            turns.add(i % 2 == 0 ? Messages.toolTurn(i) : Messages.turn(i));
        }
        turns.add(multiToolTurn());
        return turns;
    }

    /** The assistant calls two tools at once, then answers. */
    private static List<ChatMessage> multiToolTurn() {
        ToolExecutionRequest a = ToolExecutionRequest.builder().id("a").name("quote").arguments("{\"s\":\"AAPL\"}").build();
        ToolExecutionRequest b = ToolExecutionRequest.builder().id("b").name("quote").arguments("{\"s\":\"MSFT\"}").build();
        return List.of(UserMessage.from("quotes?"), AiMessage.from(a, b), ToolExecutionResultMessage.from(a, "1"),
                ToolExecutionResultMessage.from(b, "2"), AiMessage.from("AAPL 1, MSFT 2"));
    }

    @Test
    void neverStartsWithAnOrphanedToolResultWhateverTheWindow() {
        for (int max = 1; max <= 30; max++) {
            store.delete("s1");
            List<ChatMessage> history = history(HistoryPolicy.lastMessages(max), mixedTurns());

            assertThat(history).as("window %d", max).isNotEmpty();
            assertEveryToolResultFollowsItsCall(history);
            assertThat(history.size()).as("window %d", max).isLessThanOrEqualTo(Math.max(max, 5));
        }
    }

    @Test
    void keepsWholeTurnsWhenTheyFit() {
        List<ChatMessage> history = history(HistoryPolicy.lastMessages(7), List.of(Messages.turn(1),
                Messages.toolTurn(2), Messages.turn(3)));

        assertThat(history).isEqualTo(concat(Messages.toolTurn(2), Messages.turn(3)));
    }

    @Test
    void keepsAToolCallWithItsResultsEvenWhenTheWindowIsSmaller() {
        List<ChatMessage> history = history(HistoryPolicy.lastMessages(2), List.of(Messages.turn(1), multiToolTurn()));

        assertThat(history).isEqualTo(multiToolTurn().subList(4, 5));
        List<ChatMessage> four = history(HistoryPolicy.lastMessages(4), List.of());
        assertThat(four).isEqualTo(multiToolTurn().subList(1, 5));
    }

    @Test
    void leavesOutAToolCallWhoseResultNeverCameAndAResultWithoutItsCall() {
        ToolExecutionRequest lost = ToolExecutionRequest.builder().id("lost").name("quote").arguments("{}").build();
        ToolExecutionRequest ok = ToolExecutionRequest.builder().id("ok").name("quote").arguments("{}").build();
        List<ChatMessage> died = List.of(UserMessage.from("quote?"), AiMessage.from("Let me check.", List.of(lost)));
        List<ChatMessage> partial = List.of(UserMessage.from("two quotes?"), AiMessage.from(ok, lost),
                ToolExecutionResultMessage.from(ok, "1"), ToolExecutionResultMessage.from("ghost", "quote", "2"),
                AiMessage.from("one is 1"));

        List<ChatMessage> history = history(HistoryPolicy.lastMessages(20), List.of(died, partial));

        assertThat(history).containsExactly(UserMessage.from("quote?"), AiMessage.from("Let me check."),
                UserMessage.from("two quotes?"), AiMessage.from(ok), ToolExecutionResultMessage.from(ok, "1"),
                AiMessage.from("one is 1"));
    }

    @Test
    void keepsTheLatestSystemMessageFirst() {
        List<ChatMessage> history = history(HistoryPolicy.lastMessages(2), List.of(
                List.of(SystemMessage.from("old rules")), Messages.turn(1), List.of(SystemMessage.from("new rules")),
                Messages.turn(2), Messages.turn(3)));

        assertThat(history).containsExactly(SystemMessage.from("new rules"), UserMessage.from("question 3"),
                AiMessage.from("answer 3"));
    }

    @Test
    void keepsTheLatestTurnsThatFitTheTokenBudget() {
        TokenEstimator estimator = TokenEstimator.approximate();
        int turnCost = Messages.toolTurn(1).stream().mapToInt(estimator::estimate).sum();

        List<ChatMessage> history = history(HistoryPolicy.lastTokens(2 * turnCost + 3, estimator),
                List.of(Messages.toolTurn(1), Messages.toolTurn(2), Messages.toolTurn(3)));

        assertThat(history).isEqualTo(concat(Messages.toolTurn(2), Messages.toolTurn(3)));
        assertThat(history.stream().mapToInt(estimator::estimate).sum()).isLessThanOrEqualTo(2 * turnCost + 3);
    }

    @Test
    void estimatesAboutFourCharactersPerTokenPlusOverhead() {
        TokenEstimator estimator = TokenEstimator.approximate();

        assertThat(estimator.estimate(UserMessage.from("x".repeat(40)))).isEqualTo(14);
        assertThat(estimator.estimate(UserMessage.from("x"))).isEqualTo(5);
        assertThat(estimator.estimate(AiMessage.from(ToolExecutionRequest.builder().id("1").name("abcd")
                .arguments("{\"a\":1234}").build()))).isEqualTo(4 + 4);
    }

    @Test
    void adaptsALangChain4jTokenCountEstimator() {
        TokenCountEstimator words = new TokenCountEstimator() {
            @Override
            public int estimateTokenCountInText(String text) {
                return text.split(" ").length;
            }

            @Override
            public int estimateTokenCountInMessage(ChatMessage message) {
                return estimateTokenCountInText(((UserMessage) message).singleText());
            }

            @Override
            public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(TokenEstimator.of(words).estimate(UserMessage.from("one two three"))).isEqualTo(3);
    }

    @Test
    void rejectsNonPositiveLimitsNamingThem() {
        assertThatThrownBy(() -> HistoryPolicy.lastMessages(0)).hasMessageContaining("maxMessages");
        assertThatThrownBy(() -> HistoryPolicy.lastTokens(0, TokenEstimator.approximate()))
                .hasMessageContaining("maxTokens");
    }

    static void assertEveryToolResultFollowsItsCall(List<ChatMessage> history) {
        Set<String> calls = new HashSet<>();
        for (ChatMessage message : history) {
            if (message instanceof AiMessage ai) {
                ai.toolExecutionRequests().forEach(r -> calls.add(r.id()));
            }
            if (message instanceof ToolExecutionResultMessage result) {
                assertThat(calls).as("call before result %s in %s", result.id(), history).contains(result.id());
            }
        }
    }

    @SafeVarargs
    static List<ChatMessage> concat(List<ChatMessage>... parts) {
        List<ChatMessage> all = new ArrayList<>();
        for (List<ChatMessage> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
