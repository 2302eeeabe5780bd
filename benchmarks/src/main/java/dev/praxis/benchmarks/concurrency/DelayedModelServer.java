package dev.praxis.benchmarks.concurrency;

import dev.praxis.testing.OpenAiResponses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A local OpenAI-compatible server on 127.0.0.1 (ephemeral port) that answers every
 * {@code POST .../chat/completions} exactly {@code latency} after the request was read: with a call to
 * {@code add(2, 3)} when the last message is not a tool result, with a final answer when it is.
 *
 * <p>It stands in for a model server on another machine, so it is built to cost the process under test as
 * little CPU as possible and to keep its delay exact: one thread runs a selector over every connection (HTTP/1.1
 * keep-alive, {@code Content-Length} bodies) and finds the role of the last message by scanning the request bytes;
 * a second thread sends each reply when it is due, from a first-in first-out queue (a fixed latency makes arrival
 * order deadline order). How late the replies left is recorded ({@link #lateness()}), since it counts in the
 * client's measured latency but is the server's doing.
 *
 * <pre>{@code
 * try (DelayedModelServer server = DelayedModelServer.start(Duration.ofMillis(200))) {
 *     OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl())...build();
 * }
 * }</pre>
 */
public final class DelayedModelServer implements AutoCloseable {

    static final String ANSWER = "2 + 3 = 5";

    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROLE_KEY = "\"role\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOOL_VALUE = "\"tool\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ANSWER_REPLY = response(OpenAiResponses.answer(ANSWER));

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Thread loop;
    private final long latencyNanos;
    private final LinkedBlockingQueue<Reply> pending = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<SelectionKey> unfinished = new ConcurrentLinkedQueue<>();
    private final Thread sender;
    private final AtomicLong lateNanos = new AtomicLong();
    private final AtomicLong maxLateNanos = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong requestBytes = new AtomicLong();
    private volatile boolean running = true;

    private DelayedModelServer(Duration latency) throws IOException {
        this.latencyNanos = latency.toNanos();
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        this.loop = new Thread(this::serve, "model-server");
        loop.setDaemon(true);
        loop.start();
        this.sender = new Thread(this::send, "model-server-replies");
        sender.setDaemon(true);
        sender.start();
    }

    /** Starts a server that answers every request after {@code latency}. */
    public static DelayedModelServer start(Duration latency) {
        try {
            return new DelayedModelServer(latency);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the model server on 127.0.0.1", e);
        }
    }

    /** The base URL for an OpenAI-compatible client, e.g. {@code http://127.0.0.1:43121/v1}. */
    public String baseUrl() {
        try {
            return "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort() + "/v1";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    /** Request body bytes received so far. */
    public long requestBytes() {
        return requestBytes.get();
    }

    /** The server's two threads, for reading their CPU time apart from the client's. */
    public long[] threadIds() {
        return new long[]{loop.getId(), sender.getId()};
    }

    /** How late replies left after their due time: {@code [sum of nanoseconds, max nanoseconds, replies]}. */
    public long[] lateness() {
        return new long[]{lateNanos.get(), maxLateNanos.get(), sent.get()};
    }

    private record Reply(long dueNanos, SelectionKey key, ByteBuffer bytes) {
    }

    /** What one connection has read so far, and what it still has to write. */
    private static final class Connection {
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        volatile ByteBuffer out;
    }

    private void serve() {
        try {
            while (running) {
                selector.select();
                SelectionKey stalled;
                while ((stalled = unfinished.poll()) != null) {
                    if (stalled.isValid()) {
                        stalled.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    }
                }
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        if (key.isReadable()) {
                            read(key);
                        }
                        if (key.isValid() && key.isWritable()) {
                            flush(key);
                        }
                    }
                }
            }
        } catch (IOException e) {
            if (running) {
                throw new UncheckedIOException("model server failed", e);
            }
        }
    }

    /** Sends each reply when it is due; a reply the socket cannot take at once is left to the selector. */
    private void send() {
        try {
            while (running) {
                Reply reply = pending.take();
                long wait;
                while ((wait = reply.dueNanos - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long late = System.nanoTime() - reply.dueNanos;
                lateNanos.addAndGet(late);
                maxLateNanos.accumulateAndGet(late, Math::max);
                sent.incrementAndGet();
                SelectionKey key = reply.key;
                if (!key.isValid()) {
                    continue;
                }
                try {
                    ((SocketChannel) key.channel()).write(reply.bytes);
                } catch (IOException e) {
                    close(key);
                    continue;
                }
                if (reply.bytes.hasRemaining()) {
                    ((Connection) key.attachment()).out = reply.bytes;
                    unfinished.add(key);
                    selector.wakeup();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ, new Connection());
        }
    }

    private void read(SelectionKey key) {
        Connection connection = (Connection) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        try {
            int n = channel.read(connection.in);
            if (n < 0) {
                close(key);
                return;
            }
            if (!connection.in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(connection.in.capacity() * 2);
                connection.in.flip();
                bigger.put(connection.in);
                connection.in = bigger;
            }
            takeRequests(key, connection);
        } catch (IOException e) {
            close(key);
        }
    }

    /** Queues a reply for every complete request in the buffer and keeps any partial one. */
    private void takeRequests(SelectionKey key, Connection connection) {
        while (true) {
            byte[] data = connection.in.array();
            int length = connection.in.position();
            int headerEnd = indexOf(data, 0, length, HEADER_END);
            if (headerEnd < 0) {
                return;
            }
            int bodyStart = headerEnd + HEADER_END.length;
            int bodyLength = contentLength(data, headerEnd);
            if (bodyLength < 0 || bodyStart + bodyLength > length) {
                return;
            }
            long received = requests.incrementAndGet();
            requestBytes.addAndGet(bodyLength);
            byte[] reply = lastRoleIsTool(data, bodyStart, bodyStart + bodyLength) ? ANSWER_REPLY
                    : response(OpenAiResponses.toolCalls(
                            OpenAiResponses.call("call_" + received, "add", "{\"a\":2,\"b\":3}")));
            pending.add(new Reply(System.nanoTime() + latencyNanos, key, ByteBuffer.wrap(reply)));
            int consumed = bodyStart + bodyLength;
            System.arraycopy(data, consumed, data, 0, length - consumed);
            connection.in.position(length - consumed);
        }
    }

    private void flush(SelectionKey key) {
        Connection connection = (Connection) key.attachment();
        if (connection.out == null) {
            key.interestOps(SelectionKey.OP_READ);
            return;
        }
        try {
            ((SocketChannel) key.channel()).write(connection.out);
            if (connection.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            } else {
                connection.out = null;
                key.interestOps(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            close(key);
        }
    }

    private static void close(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** The {@code Content-Length} of the request whose headers end at {@code headerEnd}, or -1 when absent. */
    private static int contentLength(byte[] data, int headerEnd) {
        for (int i = 0; i + CONTENT_LENGTH.length <= headerEnd; i++) {
            if (regionMatchesIgnoreCase(data, i, CONTENT_LENGTH)) {
                int j = i + CONTENT_LENGTH.length;
                while (data[j] == ' ') {
                    j++;
                }
                int value = 0;
                while (j < headerEnd && data[j] >= '0' && data[j] <= '9') {
                    value = value * 10 + (data[j++] - '0');
                }
                return value;
            }
        }
        return -1;
    }

    /**
     * Whether the last {@code "role"} value in the body is {@code "tool"}. Messages come before any other field
     * that could carry a {@code "role"} key in what LangChain4j sends, and the calculator's schema has none.
     */
    static boolean lastRoleIsTool(byte[] data, int from, int to) {
        int last = -1;
        for (int i = indexOf(data, from, to, ROLE_KEY); i >= 0; i = indexOf(data, i + 1, to, ROLE_KEY)) {
            last = i;
        }
        if (last < 0) {
            return false;
        }
        int j = last + ROLE_KEY.length;
        while (j < to && (data[j] == ' ' || data[j] == ':' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t')) {
            j++;
        }
        return j + TOOL_VALUE.length <= to && regionMatches(data, j, TOOL_VALUE);
    }

    private static int indexOf(byte[] data, int from, int to, byte[] target) {
        outer:
        for (int i = from; i + target.length <= to; i++) {
            if (data[i] != target[0]) {
                continue;
            }
            for (int k = 1; k < target.length; k++) {
                if (data[i + k] != target[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean regionMatches(byte[] data, int at, byte[] target) {
        for (int k = 0; k < target.length; k++) {
            if (data[at + k] != target[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatchesIgnoreCase(byte[] data, int at, byte[] lowerTarget) {
        for (int k = 0; k < lowerTarget.length; k++) {
            byte b = data[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerTarget[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] response(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        sender.interrupt();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
            sender.join(TimeUnit.SECONDS.toMillis(5));
            for (SelectionKey key : selector.keys()) {
                close(key);
            }
            selector.close();
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
