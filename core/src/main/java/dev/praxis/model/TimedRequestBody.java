package dev.praxis.model;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A JSON request body whose sending is watched by the call's {@link CallDeadline} (the write timeout). It flushes
 * before it reports the body sent, so the bytes still in the connection's buffer are covered too.
 */
final class TimedRequestBody extends AbstractHttpEntity {

    private final byte[] content;
    private final CallDeadline deadline;

    TimedRequestBody(byte[] content, CallDeadline deadline) {
        super(ContentType.APPLICATION_JSON, null);
        this.content = content;
        this.deadline = deadline;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        deadline.writing();
        try {
            out.write(content);
            out.flush();
        } finally {
            deadline.written();
        }
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public long getContentLength() {
        return content.length;
    }

    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
        // nothing to release: the body is an array
    }
}
