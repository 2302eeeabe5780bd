package dev.praxis.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body that may hold at most {@code limit} bytes: one byte more is a {@link ResponseRefusedException}.
 * Closing it before its end aborts the exchange ({@code abort}) instead of draining the rest, so neither a huge
 * body nor a stalled one is read to its end just to reuse the connection; a body read to its end leaves the
 * connection to be reused.
 */
final class BoundedBody extends FilterInputStream {

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
