package dev.praxis.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response body that may hold at most {@code limit} bytes: one byte more is a {@link ResponseRefusedException}.
 * Closing it before its end aborts the exchange ({@code abort}) instead of draining the rest, so neither a huge
 * body nor a stalled one is read to its end just to reuse the connection; a body read to its end leaves the
 * connection to be reused.
 */
final class BoundedBody extends FilterInputStream {

    private static final int MAX_INITIAL = 64 * 1024;

    private final long limit;
    private final Runnable abort;
    private long count;
    private boolean ended;

    BoundedBody(InputStream body, long limit, Runnable abort) {
        super(body);
        this.limit = limit;
        this.abort = abort;
    }

    /** Refuses a declared length over {@code limit} before anything is read ({@code -1}: not declared). */
    static void checkDeclared(long contentLength, long limit) throws ResponseRefusedException {
        if (contentLength > limit) {
            throw new ResponseRefusedException("the response body declares " + contentLength
                    + " bytes (Content-Length), over the limit of " + limit + " bytes (HttpLimits.maxResponseBytes)",
                    null);
        }
    }

    /**
     * Reads to the end, as UTF-8 text. The buffer starts at the declared length but never above 64 KiB, and grows
     * only with the bytes that actually arrive, so a body costs what it holds (no 8 KiB minimum per call, no
     * allocation trusted to {@code Content-Length}).
     */
    String readText(long declaredLength) throws IOException {
        int initial = declaredLength >= 0 ? (int) Math.min(declaredLength + 1, MAX_INITIAL) : 1024;
        byte[] data = new byte[Math.max(initial, 16)];
        int size = 0;
        while (true) {
            if (size == data.length) {
                // never past limit + 1: a read that reaches it has already been refused
                data = Arrays.copyOf(data, (int) Math.min(2L * data.length, limit + 1));
            }
            int n = read(data, size, data.length - size);
            if (n < 0) {
                return new String(data, 0, size, StandardCharsets.UTF_8);
            }
            size += n;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended = true;
        } else {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (n < 0) {
            ended = true;
        } else {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            abort.run();
        }
        super.close();
    }

    private void counted(long n) throws ResponseRefusedException {
        count += n;
        if (count > limit) {
            throw new ResponseRefusedException("the response body has more than " + limit
                    + " bytes, the limit (HttpLimits.maxResponseBytes)", null);
        }
    }
}
