package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.benchmarks.overhead.Calculator;
import dev.praxis.tool.Tools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent sessions against a {@link DelayedModelServer} with a fixed 200 ms latency, through one Praxis
 * {@link Agent} and a real {@link OpenAiChatModel}. Each session runs {@code turns} turns one after another; a turn
 * is one tool call and a final answer, so two model calls, and can take no less than 2 x 200 ms. Prints one table
 * row per N: throughput against the ideal N / 0.4 s, added latency per turn (turn time minus 400 ms) at p50 and
 * p99, retained heap per session, and process CPU per turn (client and fake server together).
 *
 * <p>Usage: {@code ConcurrencyHarness [--turns T] N...} (defaults: 5 turns, N = 100 1000).
 */
public final class ConcurrencyHarness {

    private static final Duration LATENCY = Duration.ofMillis(200);
    private static final int CALLS_PER_TURN = 2;
    private static final Duration SESSION_LIMIT = Duration.ofMinutes(5);

    private ConcurrencyHarness() {
    }

    public static void main(String[] args) throws InterruptedException {
        int turns = 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--turns")) {
                turns = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000);
        }
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, JDK %s, latency %d ms, %d turns per session%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), LATENCY.toMillis(), turns);
        try (DelayedModelServer server = DelayedModelServer.start(LATENCY)) {
            ChatModel model = model(server.baseUrl());
            List<String> rows = new ArrayList<>();
            for (int sessions : sizes) {
                rows.add(measure(model, sessions, turns));
            }
            System.out.println();
            System.out.println("| Sessions | Turns | Wall (s) | Throughput (turns/s) | Ideal (turns/s) | % of ideal"
                    + " | p50 added (ms) | p99 added (ms) | max added (ms) | Heap/session (KB) | CPU/turn (µs) | Failed |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nmodel requests served: %d%n", server.requests());
        }
    }

    /** A real OpenAI-compatible client, forced to HTTP/1.1 (the JDK client's h2c upgrade is pointless here). */
    static ChatModel model(String baseUrl) {
        HttpClient.Builder jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("bench-key").modelName("bench")
                .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(jdk))
                .timeout(Duration.ofSeconds(60)).maxRetries(0).build();
    }

    static Agent agent(ChatModel model) {
        return Agent.builder().name("calculator").instructions("You add numbers. Use the tools for every number.")
                .model(model).tools(Tools.from(new Calculator())).build();
    }

    private static String measure(ChatModel model, int sessions, int turns) throws InterruptedException {
        runSessions(agent(model), sessions, 1, "warmup-");
        Agent agent = agent(model);
        long heapBefore = usedHeapAfterGc();
        long cpuBefore = processCpuNanos();
        Result result = runSessions(agent, sessions, turns, "s-");
        double cpuPerTurn = (processCpuNanos() - cpuBefore) / 1e3 / (sessions * (double) turns);
        long heapAfter = usedHeapAfterGc();
        double wall = result.wallNanos / 1e9;
        double throughput = sessions * (double) turns / wall;
        double ideal = sessions / (CALLS_PER_TURN * LATENCY.toMillis() / 1000.0);
        double floor = CALLS_PER_TURN * LATENCY.toNanos();
        long[] added = new long[result.latencies.length];
        for (int i = 0; i < added.length; i++) {
            added[i] = (long) (result.latencies[i] - floor);
        }
        Latencies latencies = new Latencies(added);
        String row = String.format(Locale.ROOT, "| %d | %d | %.2f | %.0f | %.0f | %.1f %% | %.1f | %.1f | %.1f | %.1f | %.0f | %d |",
                sessions, turns, wall, throughput, ideal, 100 * throughput / ideal, latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.maxMillis(), (heapAfter - heapBefore) / 1024.0 / sessions,
                cpuPerTurn, result.failed);
        System.out.println(row);
        if (agent.name().isEmpty()) {
            throw new IllegalStateException("unreachable: keeps the agent and its sessions alive past the heap reading");
        }
        return row;
    }

    private record Result(long wallNanos, long[] latencies, int failed) {
    }

    private static Result runSessions(Agent agent, int sessions, int turns, String prefix) throws InterruptedException {
        long[] latencies = new long[sessions * turns];
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(sessions);
        List<Thread> threads = new ArrayList<>(sessions);
        for (int s = 0; s < sessions; s++) {
            int session = s;
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    for (int t = 0; t < turns; t++) {
                        long start = System.nanoTime();
                        RunRecord record = agent.run(prefix + session, "What is 2 + 3?");
                        latencies[session * turns + t] = System.nanoTime() - start;
                        if (!record.completed()) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "session-" + s);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        if (!done.await(SESSION_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            threads.forEach(Thread::interrupt);
            throw new IllegalStateException(sessions + " sessions did not finish within " + SESSION_LIMIT);
        }
        return new Result(System.nanoTime() - start, latencies, failed.get());
    }

    /** CPU time of this whole process (agent, HTTP client and the fake server together). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
