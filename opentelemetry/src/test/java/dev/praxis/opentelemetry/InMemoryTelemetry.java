package dev.praxis.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The OpenTelemetry SDK with in-memory span exporter and metric reader, for one test. */
final class InMemoryTelemetry implements AutoCloseable {

    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();

    OpenTelemetry api() {
        return sdk;
    }

    List<SpanData> finishedSpans() {
        return spans.getFinishedSpanItems();
    }

    SpanData span(String name) {
        List<SpanData> named = finishedSpans().stream().filter(s -> s.getName().equals(name)).toList();
        if (named.size() != 1) {
            throw new AssertionError("expected one span '" + name + "', found " + named.size() + " in "
                    + finishedSpans().stream().map(SpanData::getName).toList());
        }
        return named.get(0);
    }

    Collection<MetricData> collect() {
        return metrics.collectAllMetrics();
    }

    /** The points of metric {@code name}, as "attributes=value" lines (sums) or "attributes=count" (histograms). */
    static List<String> points(Collection<MetricData> data, String name) {
        return data.stream().filter(m -> m.getName().equals(name)).flatMap(m -> switch (m.getType()) {
            case LONG_SUM -> m.getLongSumData().getPoints().stream()
                    .map(p -> labels(p.getAttributes()) + "=" + p.getValue());
            case HISTOGRAM -> m.getHistogramData().getPoints().stream()
                    .map(p -> labels(p.getAttributes()) + " count=" + p.getCount());
            default -> java.util.stream.Stream.of(m.getType().toString());
        }).sorted().collect(Collectors.toList());
    }

    /** Attributes as "{k=v, k=v}", sorted by key. */
    static String labels(io.opentelemetry.api.common.Attributes attributes) {
        java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
        attributes.forEach((k, v) -> sorted.put(k.getKey(), v));
        return sorted.toString();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
