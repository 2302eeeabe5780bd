package dev.praxis.mcp.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.finance.FinancePack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stdio endpoint's message size limit: an oversized message ends the endpoint with a reason, never a hang. */
class StdioLimitsTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(StdioEndpoint.class);
    private PipedOutputStream neverWritten;

    @BeforeEach
    void watchLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void close() throws IOException {
        logger.detachAppender(log);
        if (neverWritten != null) {
            neverWritten.close();
        }
    }

    /** The client's input: {@code first}, then nothing more but never an end (a client that stays connected). */
    private InputStream openEndedInput(byte[] first) throws IOException {
        neverWritten = new PipedOutputStream();
        return new SequenceInputStream(new ByteArrayInputStream(first), new PipedInputStream(neverWritten));
    }

    private static CompletableFuture<Void> awaitStop(McpEndpoint endpoint) {
        return CompletableFuture.runAsync(() -> {
            try {
                endpoint.awaitStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void stopsWithALogLineWhenAMessageIsOverFourMebibytes() throws Exception {
        byte[] oversized = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(StdioEndpoint.MAX_MESSAGE_BYTES) + "\"}}\n").getBytes(StandardCharsets.UTF_8);
        McpEndpoint endpoint = PraxisMcpServer.builder().tools(FinancePack.tools()).build()
                .serveStdio(openEndedInput(oversized), new ByteArrayOutputStream());
        try {
            awaitStop(endpoint).get(30, TimeUnit.SECONDS);
        } finally {
            endpoint.close();
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).contains("MCP stdio endpoint stopped: "
                + "a message over 4194304 bytes arrived; the session was closed (messages are one JSON-RPC object per "
                + "line, at most 4194304 bytes)");
    }

    @Test
    void stopsWithALogLineWhenTheSdkClosesTheSessionOnALineThatIsNotJsonRpc() throws Exception {
        McpEndpoint endpoint = PraxisMcpServer.builder().tools(FinancePack.tools()).build()
                .serveStdio(openEndedInput("not json\n".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
        try {
            awaitStop(endpoint).get(30, TimeUnit.SECONDS);
        } finally {
            endpoint.close();
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).startsWith("MCP stdio endpoint stopped: the MCP session was closed"));
    }

    @Test
    void stopsQuietlyWhenTheClientClosesItsInput() throws Exception {
        McpEndpoint endpoint = PraxisMcpServer.builder().tools(FinancePack.tools()).build()
                .serveStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        try {
            awaitStop(endpoint).get(30, TimeUnit.SECONDS);
        } finally {
            endpoint.close();
        }
        assertThat(log.list).isEmpty();
    }
}
