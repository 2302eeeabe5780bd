package dev.praxis.benchmarks.overhead;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * An A/B comparison that stays fair on a busy machine: short batches of the two contenders alternate (A B, B A,
 * ...), so background load hits both alike, and the medians over all rounds are reported, in wall-clock and in
 * calling-thread CPU nanoseconds per operation. A complement to the JMH run, whose benchmarks run one after
 * the other and so can meet different load.
 */
final class InterleavedComparison {

    private static volatile int sink;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int rounds;
    private final long batchNanos;

    InterleavedComparison(int rounds, long batchMillis) {
        this.rounds = rounds;
        this.batchNanos = batchMillis * 1_000_000L;
    }

    /** Medians of both contenders and of their per-round ratio. */
    record Outcome(String label, double wallA, double wallB, double cpuA, double cpuB, double wallRatio,
                   double cpuRatio) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2fx | %,.0f | %,.0f | %.2fx |", label, wallA,
                    wallB, wallRatio, cpuA, cpuB, cpuRatio);
        }
    }

    Outcome compare(String label, Supplier<?> a, Supplier<?> b) {
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            batch(a);
            batch(b);
        }
        double[] wallA = new double[rounds];
        double[] wallB = new double[rounds];
        double[] cpuA = new double[rounds];
        double[] cpuB = new double[rounds];
        double[] wallRatio = new double[rounds];
        double[] cpuRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] first = batch(r % 2 == 0 ? a : b);
            double[] second = batch(r % 2 == 0 ? b : a);
            double[] ofA = r % 2 == 0 ? first : second;
            double[] ofB = r % 2 == 0 ? second : first;
            wallA[r] = ofA[0];
            cpuA[r] = ofA[1];
            wallB[r] = ofB[0];
            cpuB[r] = ofB[1];
            wallRatio[r] = ofA[0] / ofB[0];
            cpuRatio[r] = ofA[1] / ofB[1];
        }
        return new Outcome(label, median(wallA), median(wallB), median(cpuA), median(cpuB), median(wallRatio),
                median(cpuRatio));
    }

    /** Runs {@code op} for one batch; returns wall and thread-CPU nanoseconds per operation. */
    private double[] batch(Supplier<?> op) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + batchNanos;
        long count = 0;
        int hash = 0;
        do {
            for (int i = 0; i < 16; i++) {
                hash += System.identityHashCode(op.get());
            }
            count += 16;
        } while (System.nanoTime() < deadline);
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        sink += hash;
        return new double[]{(double) wall / count, (double) cpu / count};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
