package dev.praxis.model.toolcall;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps {@code <think>...</think>} and {@code <tool_call>...</tool_call>} out of streamed answer text: tokens
 * are passed on as they come, except that text which may be the start of a tag is held back until it is
 * known, and everything inside those blocks is dropped.
 */
final class MarkupFilter implements Consumer<String> {

    private static final List<String[]> BLOCKS = List.of(
            new String[]{"<think>", "</think>"},
            new String[]{"<tool_call>", "</tool_call>"},
            new String[]{"<function_call>", "</function_call>"});

    private final Consumer<String> downstream;
    private final StringBuilder pending = new StringBuilder();
    private String closing;

    MarkupFilter(Consumer<String> downstream) {
        this.downstream = downstream;
    }

    @Override
    public void accept(String token) {
        pending.append(token);
        drain();
    }

    /** Passes on text held back as a possible tag start once the stream has ended ("x <" at the very end). */
    void flush() {
        if (closing == null && !pending.isEmpty()) {
            emit(pending.length());
        }
    }

    private void drain() {
        while (!pending.isEmpty()) {
            if (closing != null) {
                int end = pending.indexOf(closing);
                if (end < 0) {
                    keepTail(closing.length() - 1);
                    return;
                }
                pending.delete(0, end + closing.length());
                closing = null;
                continue;
            }
            int lt = pending.indexOf("<");
            if (lt < 0) {
                emit(pending.length());
                return;
            }
            emit(lt);
            String[] block = opening();
            if (block != null) {
                pending.delete(0, block[0].length());
                closing = block[1];
            } else if (mayBecomeTag()) {
                return;
            } else {
                emit(1);
            }
        }
    }

    private String[] opening() {
        for (String[] block : BLOCKS) {
            if (pending.length() >= block[0].length() && pending.substring(0, block[0].length()).equals(block[0])) {
                return block;
            }
        }
        return null;
    }

    private boolean mayBecomeTag() {
        for (String[] block : BLOCKS) {
            if (pending.length() < block[0].length() && block[0].startsWith(pending.toString())) {
                return true;
            }
        }
        return false;
    }

    private void emit(int count) {
        if (count > 0) {
            downstream.accept(pending.substring(0, count));
            pending.delete(0, count);
        }
    }

    private void keepTail(int keep) {
        if (pending.length() > keep) {
            pending.delete(0, pending.length() - keep);
        }
    }
}
