package dev.praxis.opentelemetry;

import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;

import java.util.List;

/**
 * The metrics: the two client metrics of the GenAI conventions (operation duration and token usage, with the
 * bucket boundaries the conventions advise) and Praxis's own for runs, tools, retries, approvals and cost.
 */
final class Instruments {

    /** Advised boundaries of gen_ai.client.operation.duration, in seconds (GenAI metrics conventions). */
    static final List<Double> DURATION_BUCKETS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
            10.24, 20.48, 40.96, 81.92);
    /** Advised boundaries of gen_ai.client.token.usage (GenAI metrics conventions). */
    static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L, 262144L,
            1048576L, 4194304L, 16777216L, 67108864L);

    final DoubleHistogram operationDuration;
    final LongHistogram tokenUsage;
    final LongCounter runs;
    final DoubleHistogram runDuration;
    final DoubleHistogram toolDuration;
    final LongCounter retries;
    final LongCounter approvals;
    final DoubleCounter cost;

    Instruments(Meter meter) {
        operationDuration = meter.histogramBuilder("gen_ai.client.operation.duration").setUnit("s")
                .setDescription("GenAI operation duration").setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
                .build();
        tokenUsage = meter.histogramBuilder("gen_ai.client.token.usage").ofLongs().setUnit("{token}")
                .setDescription("Number of input and output tokens used").setExplicitBucketBoundariesAdvice(
                        TOKEN_BUCKETS).build();
        runs = meter.counterBuilder("praxis.runs").setUnit("{run}")
                .setDescription("Agent turns, by agent and stop reason").build();
        runDuration = meter.histogramBuilder("praxis.run.duration").setUnit("s")
                .setDescription("Duration of agent turns").setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
        toolDuration = meter.histogramBuilder("praxis.tool.duration").setUnit("s")
                .setDescription("Duration of tool calls, by tool and outcome")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
        retries = meter.counterBuilder("praxis.model.retries").setUnit("{retry}")
                .setDescription("Model call attempts after the first (retries and fallbacks)").build();
        approvals = meter.counterBuilder("praxis.approvals").setUnit("{approval}")
                .setDescription("Approval decisions, by tool and decision").build();
        cost = meter.counterBuilder("praxis.cost").ofDoubles().setUnit("{currency_unit}")
                .setDescription("What priced model calls cost, by currency (runs, not delegated turns)").build();
    }
}
