package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.store.InMemoryConversationStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStateTest {

    record Budget(BigDecimal amount, Currency currency) {
    }

    private static final StateKey<String> CART_ID = StateKey.of("cart_id", String.class);
    private static final StateKey<Budget> BUDGET = StateKey.of("budget", Budget.class);

    private final StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
            HistoryPolicy.lastMessages(10));

    @Test
    void readsBackTypedValuesPerSession() {
        memory.state("alice").put(CART_ID, "c-1");
        memory.state("alice").put(BUDGET, new Budget(new BigDecimal("1500.00"), Currency.getInstance("EUR")));

        assertThat(memory.state("alice").get(CART_ID)).contains("c-1");
        assertThat(memory.state("alice").get(BUDGET)).get().usingRecursiveComparison()
                .isEqualTo(new Budget(new BigDecimal("1500.00"), Currency.getInstance("EUR")));
        assertThat(memory.state("bob").get(CART_ID)).isEmpty();
    }

    @Test
    void removesAValue() {
        memory.state("alice").put(CART_ID, "c-1");

        memory.state("alice").remove(CART_ID);

        assertThat(memory.state("alice").get(CART_ID)).isEmpty();
    }

    @Test
    void namesTheKeyWhenTheStoredValueHasAnotherType() {
        memory.state("alice").put(StateKey.of("budget", String.class), "a lot");

        assertThatThrownBy(() -> memory.state("alice").get(BUDGET))
                .hasMessageContaining("'budget'").hasMessageContaining("Budget");
    }

    @Test
    void reservesPraxisNamesAndRejectsOddOnes() {
        List<Supplier<StateKey<String>>> bad = List.of(() -> StateKey.of("praxis.summary", String.class),
                () -> StateKey.of("", String.class), () -> StateKey.of("a b", String.class));

        bad.forEach(key -> assertThatThrownBy(key::get).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state key"));
    }

    @Test
    void isUnsupportedByMemoriesWithoutState() {
        ConversationMemory bare = new ConversationMemory() {
            @Override
            public List<ChatMessage> history(String sessionId) {
                return List.of();
            }

            @Override
            public void append(String sessionId, List<ChatMessage> messages) {
            }

            @Override
            public <T> T inSession(String sessionId, Supplier<T> turn) {
                return turn.get();
            }

            @Override
            public void clear(String sessionId) {
            }
        };

        assertThatThrownBy(() -> bare.state("s1")).isInstanceOf(UnsupportedOperationException.class);
    }
}
