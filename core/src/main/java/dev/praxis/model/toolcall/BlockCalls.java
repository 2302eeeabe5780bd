package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.List;

/**
 * What one call block held: calls, nothing (an empty wrapper), markup with no readable call, or a call cut off in
 * the middle (the block and its value both end with the text).
 */
record BlockCalls(List<ToolExecutionRequest> calls, Status status) {

    enum Status { CALLS, EMPTY, MALFORMED, CUT_OFF }

    static final BlockCalls EMPTY = new BlockCalls(List.of(), Status.EMPTY);
    static final BlockCalls MALFORMED = new BlockCalls(List.of(), Status.MALFORMED);
    static final BlockCalls CUT_OFF = new BlockCalls(List.of(), Status.CUT_OFF);

    BlockCalls {
        calls = List.copyOf(calls);
    }

    static BlockCalls of(List<ToolExecutionRequest> calls) {
        return calls.isEmpty() ? MALFORMED : new BlockCalls(calls, Status.CALLS);
    }
}
