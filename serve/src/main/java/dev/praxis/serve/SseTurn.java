package dev.praxis.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.agent.RunRecord;
import dev.praxis.json.PraxisJson;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams one turn as OpenAI server-sent events: a first chunk with the role, a chunk per token the model streams
 * and an extension chunk per tool start and finish (empty {@code delta}, the step under {@code praxis}), in the order
 * they happen, then the rest of the answer, a final chunk with {@code finish_reason} and the {@code praxis} field, then
 * {@code data: [DONE]}. The turn runs on the server's run executor and hands tokens over a queue, so only the
 * request thread writes to the response. A client that goes away stops the writing, not the turn: its result is
 * stored and the next request sees it.
 */
final class SseTurn {

    private static final Logger LOG = LoggerFactory.getLogger(SseTurn.class);
    private static final int CHUNK_CHARS = 24;

    private final HttpServletResponse response;
    private final String model;
    private final String id = "chatcmpl-" + UUID.randomUUID();
    private final StringBuilder streamed = new StringBuilder();
    private boolean open = true;

    private SseTurn(HttpServletResponse response, String model) {
        this.response = response;
        this.model = model;
    }

    /**
     * Runs {@code turn} (given the token sink) on {@code runs}, with its tool steps reported by {@code tools};
     * {@code release} is called when it has ended.
     */
    static void stream(HttpServletResponse response, String model, SessionRef session, ExecutorService runs,
                       ToolActivity tools, Function<@Nullable Consumer<String>, RunRecord> turn, Runnable release)
            throws InterruptedException {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Runnable unregister = tools.register(session.id(), events::add);
        try {
            runs.execute(() -> {
                try {
                    events.add(turn.apply(events::add));
                } catch (RuntimeException e) {
                    events.add(e);
                } finally {
                    unregister.run();
                    release.run();
                }
            });
        } catch (RuntimeException rejected) {
            unregister.run();
            release.run();
            throw rejected;
        }
        new SseTurn(response, model).drain(events, session);
    }

    private void drain(BlockingQueue<Object> events, SessionRef session) throws InterruptedException {
        response.setStatus(200);
        response.setContentType("text/event-stream;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        ObjectNode role = PraxisJson.objectNode().put("role", "assistant").put("content", "");
        send(Replies.chunk(id, model, role, null));
        while (true) {
            Object event = events.take();
            if (event instanceof String token) {
                streamed.append(token);
                delta(token);
            } else if (event instanceof ToolActivity.Step step) {
                send(Replies.toolChunk(id, model, step));
            } else if (event instanceof RunRecord record) {
                finish(record, session);
                return;
            } else {
                fail((RuntimeException) event);
                return;
            }
        }
    }

    private void finish(RunRecord record, SessionRef session) {
        String rest = rest(Replies.content(record));
        for (int at = 0; at < rest.length(); at += CHUNK_CHARS) {
            delta(rest.substring(at, Math.min(rest.length(), at + CHUNK_CHARS)));
        }
        ObjectNode last = Replies.chunk(id, model, PraxisJson.objectNode(), Replies.finishReason(record));
        last.set("praxis", Replies.praxis(record, session));
        send(last);
        write("data: [DONE]\n\n");
    }

    /**
     * What of the answer the client has not seen. Usually the model streamed a prefix of it (the record may add a
     * disclaimer or an approval summary); when a model also spoke before a tool call the streamed text holds more
     * than the answer, and when it ends with the answer nothing is left to send.
     */
    private String rest(String answer) {
        String seen = streamed.toString();
        if (answer.startsWith(seen)) {
            return answer.substring(seen.length());
        }
        return seen.endsWith(answer) ? "" : "\n\n" + answer;
    }

    private void fail(RuntimeException e) {
        ApiError error = e instanceof ApiError api ? api : Failures.toApiError(e);
        write("data: " + error.body() + "\n\n");
    }

    private void delta(String text) {
        send(Replies.chunk(id, model, PraxisJson.objectNode().put("content", text), null));
    }

    private void send(ObjectNode chunk) {
        write("data: " + PraxisJson.write(chunk) + "\n\n");
    }

    private void write(String event) {
        if (!open) {
            return;
        }
        try {
            OutputStream out = response.getOutputStream();
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException clientGone) {
            open = false;
            LOG.debug("client left during a stream; the turn goes on and is stored", clientGone);
        }
    }
}
