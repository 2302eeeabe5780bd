package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU one model call costs the client on each {@link Transport}, without contention: one thread makes
 * {@code calls} blocking calls in a row against a {@link DelayedModelServer} that answers at once, and the process
 * CPU minus the server's threads is divided by the calls (so a client's own selector thread counts, as it should).
 * The transports take turns, {@code rounds} times, in a rotating order; the table gives the median and the range.
 * Unlike the concurrency harness, this figure hardly moves with the load of a shared machine.
 *
 * <p>Usage: {@code TransportProbe [--calls C] [--rounds R] [transport...]} (defaults 4,000 calls, 7 rounds, all).
 */
public final class TransportProbe {

    private TransportProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int calls = 4_000;
        int rounds = 7;
        List<Transport> transports = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> transports.add(Transport.parse(args[i]));
            }
        }
        if (transports.isEmpty()) {
            transports = List.of(Transport.values());
        }
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("What is 2 + 3?")).build();
        Map<Transport, double[]> cpu = new EnumMap<>(Transport.class);
        Map<Transport, double[]> wall = new EnumMap<>(Transport.class);
        Map<Transport, double[]> allocated = new EnumMap<>(Transport.class);
        try (DelayedModelServer server = DelayedModelServer.start(Duration.ZERO)) {
            Map<Transport, ChatModel> models = new EnumMap<>(Transport.class);
            for (Transport t : transports) {
                ChatModel model = t.model(server.baseUrl());
                models.put(t, model);
                cpu.put(t, new double[rounds]);
                wall.put(t, new double[rounds]);
                allocated.put(t, new double[rounds]);
                run(model, request, calls, server); // warm-up: JIT, connections
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < transports.size(); k++) {
                    Transport t = transports.get((k + round) % transports.size());
                    double[] result = run(models.get(t), request, calls, server);
                    cpu.get(t)[round] = result[0];
                    wall.get(t)[round] = result[1];
                    allocated.get(t)[round] = result[2];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d calls x %d rounds, one thread, server answers at once%n", calls, rounds);
        System.out.println("| Transport | Client CPU/call (µs), median [min-max] | Wall/call (µs), median"
                + " | Allocated/call by the caller (KB), median |");
        System.out.println("|---|---:|---:|---:|");
        for (Transport t : transports) {
            double[] c = cpu.get(t).clone();
            double[] w = wall.get(t).clone();
            double[] a = allocated.get(t).clone();
            Arrays.sort(c);
            Arrays.sort(w);
            Arrays.sort(a);
            System.out.printf(Locale.ROOT, "| %s | %.1f [%.1f-%.1f] | %.1f | %.1f |%n",
                    t.name().toLowerCase(Locale.ROOT).replace('_', '-'), c[c.length / 2], c[0], c[c.length - 1],
                    w[w.length / 2], a[a.length / 2]);
        }
    }

    /** Client CPU and wall time per call, in µs, and KB allocated per call by the calling thread. */
    private static double[] run(ChatModel model, ChatRequest request, int calls, DelayedModelServer server) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long allocatedBefore = allocated(threads);
        long serverBefore = serverCpu(threads, server);
        long cpuBefore = processCpu();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            model.chat(request);
        }
        long wallNanos = System.nanoTime() - start;
        long client = processCpu() - cpuBefore - (serverCpu(threads, server) - serverBefore);
        long bytes = allocated(threads) - allocatedBefore;
        return new double[]{client / 1e3 / calls, wallNanos / 1e3 / calls, bytes / 1024.0 / calls};
    }

    private static long allocated(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean sun
                ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    private static long serverCpu(ThreadMXBean threads, DelayedModelServer server) {
        long sum = 0;
        for (long id : server.threadIds()) {
            sum += threads.getThreadCpuTime(id);
        }
        return sum;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
