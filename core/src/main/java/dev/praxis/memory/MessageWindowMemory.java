package dev.praxis.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * In-memory history that returns the last {@code maxMessages} messages of each session, cutting only at a
 * message that starts a turn so a tool call never loses its results.
 */
public final class MessageWindowMemory implements ConversationMemory {

    private final int maxMessages;
    private final Map<String, List<ChatMessage>> sessions = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public MessageWindowMemory(int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
        }
        this.maxMessages = maxMessages;
    }

    @Override
    public List<ChatMessage> history(String sessionId) {
        List<ChatMessage> all = sessions.getOrDefault(sessionId, List.of());
        synchronized (all) {
            int start = Math.max(0, all.size() - maxMessages);
            while (start < all.size() && !startsTurn(all, start)) {
                start++;
            }
            return List.copyOf(all.subList(start, all.size()));
        }
    }

    private static boolean startsTurn(List<ChatMessage> messages, int index) {
        ChatMessage message = messages.get(index);
        return !(message instanceof ToolExecutionResultMessage)
                && !(message instanceof AiMessage && index > 0 && messages.get(index - 1) instanceof AiMessage previous
                && previous.hasToolExecutionRequests());
    }

    @Override
    public void append(String sessionId, List<ChatMessage> messages) {
        List<ChatMessage> all = sessions.computeIfAbsent(sessionId, id -> new ArrayList<>());
        synchronized (all) {
            all.addAll(messages);
        }
    }

    @Override
    public <T> T inSession(String sessionId, Supplier<T> turn) {
        ReentrantLock lock = locks.computeIfAbsent(sessionId, id -> new ReentrantLock());
        lock.lock();
        try {
            return turn.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear(String sessionId) {
        sessions.remove(sessionId);
    }
}
