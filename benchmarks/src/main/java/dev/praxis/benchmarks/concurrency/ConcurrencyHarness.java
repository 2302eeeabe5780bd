package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.benchmarks.overhead.Calculator;
import dev.praxis.tool.Tools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
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
 * p99, retained heap per session, and CPU per turn: the server thread's apart from the rest of the process
 * (agent, model client, HTTP client, GC and JIT), which is what a real deployment would run.
 *
 * <p>Usage: {@code ConcurrencyHarness [--turns T] [--warmup-rounds R] [--transport praxis|jdk-direct|okhttp|apache]
 * N...} (defaults: 10 turns, 2 rounds, the Praxis transport, N = 100 1000; see {@link Transport}). Before any
 * row, the largest N runs T turns R times on a throw-away agent so that the JIT has compiled the hot paths; before
 * each row, the same N runs once more on another agent.
 */
public final class ConcurrencyHarness {

    private static final Duration LATENCY = Duration.ofMillis(200);
    private static final int CALLS_PER_TURN = 2;
    private static final Duration SESSION_LIMIT = Duration.ofMinutes(5);

    private ConcurrencyHarness() {
    }

    public static void main(String[] args) throws InterruptedException {
        int turns = 10;
        int warmupRounds = 2;
        Transport transport = Transport.PRAXIS;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--turns")) {
                turns = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--transport")) {
                transport = Transport.parse(args[++i]);
            } else if (args[i].equals("--warmup-rounds")) {
                warmupRounds = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000);
        }
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, JDK %s, latency %d ms, %d turns per session,"
                        + " transport %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), LATENCY.toMillis(), turns,
                transport.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        try (DelayedModelServer server = DelayedModelServer.start(LATENCY)) {
            ChatModel model = transport.model(server.baseUrl());
            // JIT warm-up: the largest load, run to the end a few times before any row is measured.
            int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (int round = 0; round < warmupRounds; round++) {
                runSessions(agent(model), largest, turns, "jit-" + round + "-");
            }
            long requestsBefore = server.requests();
            long bytesBefore = server.requestBytes();
            List<String> rows = new ArrayList<>();
            for (int sessions : sizes) {
                rows.add(measure(model, server, sessions, turns));
            }
            System.out.println();
            System.out.println("| Sessions | Turns | Wall (s) | Throughput (turns/s) | Ideal (turns/s) | % of ideal"
                    + " | % of ideal, steady (N / mean turn)"
                    + " | p50 added (ms) | p99 added (ms) | max added (ms) | Heap/session (KB) | Client CPU/turn (µs)"
                    + " | Server CPU/turn (µs) | Server late/call (ms) | Failed |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
            long measured = server.requests() - requestsBefore;
            System.out.printf(Locale.ROOT, "%nmodel requests served: %d (after JIT warm-up: %d, mean body %d bytes)%n",
                    server.requests(), measured, (server.requestBytes() - bytesBefore) / Math.max(1, measured));
        }
    }

    static Agent agent(ChatModel model) {
        return Agent.builder().name("calculator").instructions("You add numbers. Use the tools for every number.")
                .model(model).tools(Tools.from(new Calculator())).build();
    }

    private static String measure(ChatModel model, DelayedModelServer server, int sessions, int turns)
            throws InterruptedException {
        // Warm-up: the same load on another agent, so the JIT has compiled the hot paths before the clock runs.
        runSessions(agent(model), sessions, turns, "warmup-");
        Agent agent = agent(model);
        long heapBefore = usedHeapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = processCpuNanos();
        long serverCpuBefore = cpuNanos(threads, server.threadIds());
        long[] lateBefore = server.lateness();
        Result result = runSessions(agent, sessions, turns, "s-");
        double serverCpu = cpuNanos(threads, server.threadIds()) - serverCpuBefore;
        long[] lateAfter = server.lateness();
        double meanLateMillis = (lateAfter[0] - lateBefore[0]) / 1e6 / Math.max(1, lateAfter[2] - lateBefore[2]);
        double cpu = processCpuNanos() - cpuBefore;
        double serverCpuPerTurn = serverCpu / 1e3 / (sessions * (double) turns);
        double clientCpuPerTurn = (cpu - serverCpu) / 1e3 / (sessions * (double) turns);
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
        // Little's law for a closed loop: while all N sessions run, throughput is N / mean turn time. Unlike the
        // wall-clock figure it leaves out the start, where N threads released together queue for the CPU once.
        double meanTurnNanos = java.util.Arrays.stream(result.latencies).average().orElseThrow();
        double steady = sessions / (meanTurnNanos / 1e9);
        String row = String.format(Locale.ROOT, "| %d | %d | %.2f | %.0f | %.0f | %.1f %% | %.1f %%"
                        + " | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.2f | %d |",
                sessions, turns, wall, throughput, ideal, 100 * throughput / ideal, 100 * steady / ideal,
                latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.maxMillis(), (heapAfter - heapBefore) / 1024.0 / sessions,
                clientCpuPerTurn, serverCpuPerTurn, meanLateMillis, result.failed);
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

    private static long cpuNanos(ThreadMXBean threads, long[] ids) {
        long sum = 0;
        for (long id : ids) {
            sum += threads.getThreadCpuTime(id);
        }
        return sum;
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
