package dev.praxis.internal.memory;

import dev.langchain4j.data.message.ChatMessage;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Messages as {@link dev.praxis.memory.store.InMemoryConversationStore} loads them: an immutable view of a range of a session's
 * append-only array, which may grow past the range later but never writes a slot the view covers again. Loads and
 * their sub-lists therefore cost no copy, and callers may keep them as they would a {@link List#copyOf} result.
 */
public final class MessageSnapshot extends AbstractList<ChatMessage> implements RandomAccess {

    private final ChatMessage[] slots;
    private final int from;
    private final int to;
    /** What is known of the session's messages, shared by all its snapshots (slot indexes never move). */
    private final SlotFacts facts;

    /**
     * A view of {@code slots[from, to)}, which the caller promises never to write again.
     *
     * @param slots the array holding the messages
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @param facts what is known about each slot's message
     */
    public MessageSnapshot(ChatMessage[] slots, int from, int to, SlotFacts facts) {
        Objects.checkFromToIndex(from, to, slots.length);
        this.slots = slots;
        this.from = from;
        this.to = to;
        this.facts = facts;
    }

    /**
     * The approximate token count of these messages ({@link dev.praxis.memory.TokenEstimator#approximate()}),
     * each stored message estimated once for the life of the session rather than once per load: the agent's token
     * budget asks for it before every run.
     *
     * @return the estimated token count
     */
    public long approximateTokens() {
        return facts.tokensBetween(slots, from, to);
    }

    /**
     * How many of these messages are {@link dev.langchain4j.data.message.SystemMessage}s.
     *
     * @return the number of system messages
     */
    public int systemMessageCount() {
        return facts.systemMessagesBetween(slots, from, to);
    }

    /**
     * True when these messages are known to keep tool calls and their results paired (every call answered right
     * after its message, every result answering a call right before it), worked out once per stored message;
     * false when they do not or when it cannot be told from what is known, so that a caller checks them itself.
     *
     * @return true when calls and results are known to be paired
     */
    public boolean toolCallsKnownPaired() {
        return facts.pairedUp(slots, from, to);
    }

    /**
     * Copies these messages into {@code target} from index {@code at}, in one block (none of them is null).
     *
     * @param target the array to copy into
     * @param at the first index to write
     */
    public void copyInto(ChatMessage[] target, int at) {
        System.arraycopy(slots, from, target, at, to - from);
    }

    @Override
    public ChatMessage get(int index) {
        Objects.checkIndex(index, to - from);
        return slots[from + index];
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public List<ChatMessage> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size());
        return new MessageSnapshot(slots, from + fromIndex, from + toIndex, facts);
    }
}
