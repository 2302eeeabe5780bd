package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/** A transport candidate for the harness, which makes blocking calls only: streams are not wired up. */
abstract class BlockingOnlyClient implements HttpClient {

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the concurrency harness makes blocking calls only");
    }

    /** A header map whose names compare without case, as LangChain4j's JDK client returns. */
    static Map<String, List<String>> headerMap() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }
}
