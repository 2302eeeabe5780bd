package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.finance.FinancePack;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.serve.ApiKeys;
import dev.praxis.serve.PraxisServer;
import dev.praxis.serve.RateLimit;
import dev.praxis.serve.ServeOptions;
import dev.praxis.serve.ServedAgent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code praxis serve} under load, on loopback only: {@code N} concurrent clients each send {@code R} streamed chat
 * completions one after another ({@code stream: true}, read to {@code data: [DONE]}), against the finance agent on the
 * offline model, or against an agent whose model is a local server answering each call after 200 ms
 * ({@link DelayedModelServer}; each turn makes two model calls, so 400 ms of each turn is the model's). Prints
 * requests, errors, time to the first content chunk and to {@code [DONE]} (p50/p99), and for the delayed model the
 * latency the server adds over the model's 400 ms.
 *
 * <pre>
 * java -cp ... dev.praxis.benchmarks.concurrency.ServeLoadHarness [--clients 200] [--requests 5] [offline|delayed]...
 * </pre>
 */
public final class ServeLoadHarness {

    private static final String KEY = "k-bench-0123456789abcdef";
    private static final String LOAN = "What is the monthly payment on a 300000 loan at 6.5% for 30 years?";
    private static final Duration MODEL_DELAY = Duration.ofMillis(200);

    private ServeLoadHarness() {
    }

    /**
     * Runs the load.
     *
     * @param args {@code --clients N}, {@code --requests R}, then backends ({@code offline}, {@code delayed})
     * @throws Exception when the harness itself fails
     */
    public static void main(String[] args) throws Exception {
        int clients = 200;
        int requests = 5;
        List<String> backends = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                default -> backends.add(args[i]);
            }
        }
        if (backends.isEmpty()) {
            backends = List.of("offline", "delayed");
        }
        System.out.printf(Locale.ROOT, "%-8s %7s %8s %6s %11s %11s %11s %11s %9s %13s%n", "backend", "clients",
                "requests", "errors", "first p50", "first p99", "done p50", "done p99", "req/s", "added p50/p99");
        for (String backend : backends) {
            System.out.println(backend.equals("delayed") ? delayed(clients, requests) : offline(clients, requests));
        }
    }

    private static String offline(int clients, int requests) throws InterruptedException {
        try (Agent agent = Agent.builder().name("finance").instructions("You help with loans.")
                .model(Models.create(ModelSpec.offline(), ModelOptions.defaults(), new AllMiniLmL6V2QuantizedEmbeddingModel()))
                .tools(FinancePack.tools()).build()) {
            return run("offline", agent, "finance", LOAN, clients, requests, 0);
        }
    }

    private static String delayed(int clients, int requests) throws InterruptedException {
        try (DelayedModelServer model = DelayedModelServer.start(MODEL_DELAY);
             Agent agent = ConcurrencyHarness.agent(Transport.JDK_DIRECT.model(model.baseUrl()))) {
            return run("delayed", agent, "calculator", "What is 2 + 3?", clients, requests, 2 * MODEL_DELAY.toMillis());
        }
    }

    private static String run(String backend, Agent agent, String name, String question, int clients, int requests,
                              long modelMillis) throws InterruptedException {
        ServeOptions options = ServeOptions.loopback(0).withRateLimit(new RateLimit(1_000_000, 1_000_000));
        try (PraxisServer server = PraxisServer.builder().agent(new ServedAgent(name, "load", agent))
                .keys(new ApiKeys(Map.of(KEY, "bench"))).options(options).start()) {
            URI uri = URI.create(server.uri() + "/v1/chat/completions");
            // Warm-up: the same load once, unmeasured, so the JIT has compiled the hot paths.
            load(uri, name, question, clients, 1, "warm-");
            long start = System.nanoTime();
            Result result = load(uri, name, question, clients, requests, "s-");
            double seconds = (System.nanoTime() - start) / 1e9;
            Latencies first = new Latencies(result.first());
            Latencies done = new Latencies(result.done());
            String added = modelMillis == 0 ? "-" : String.format(Locale.ROOT, "%.0f/%.0f ms",
                    done.percentileMillis(50) - modelMillis, done.percentileMillis(99) - modelMillis);
            return String.format(Locale.ROOT, "%-8s %7d %8d %6d %8.1f ms %8.1f ms %8.1f ms %8.1f ms %9.1f %13s",
                    backend, clients, result.done().length, result.errors(), first.percentileMillis(50),
                    first.percentileMillis(99), done.percentileMillis(50), done.percentileMillis(99),
                    result.done().length / seconds, added);
        }
    }

    private record Result(long[] first, long[] done, int errors) {
    }

    private static Result load(URI uri, String model, String question, int clients, int requests, String prefix)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long[] first = new long[clients * requests];
        long[] done = new long[clients * requests];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            String session = prefix + c;
            Thread client = new Thread(() -> {
                try {
                    for (int r = 0; r < requests; r++) {
                        long[] times = stream(http, uri, model, session, question);
                        if (times == null) {
                            errors.incrementAndGet();
                        } else {
                            int at = served.getAndIncrement();
                            first[at] = times[0];
                            done[at] = times[1];
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "client-" + c);
            client.start();
        }
        finished.await();
        int n = served.get();
        return new Result(java.util.Arrays.copyOf(first, n), java.util.Arrays.copyOf(done, n), errors.get());
    }

    /** One streamed request: nanoseconds to the first content chunk and to {@code [DONE]}; null on any error. */
    private static long[] stream(HttpClient http, URI uri, String model, String session, String question) {
        String body = "{\"model\":\"" + model + "\",\"stream\":true,\"user\":\"" + session
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                return null;
            }
            long firstContent = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (firstContent == 0 && line.startsWith("data: {") && line.contains("\"delta\":{\"content\":")) {
                        firstContent = System.nanoTime() - start;
                    }
                    if (line.equals("data: [DONE]")) {
                        return new long[] {firstContent, System.nanoTime() - start};
                    }
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
