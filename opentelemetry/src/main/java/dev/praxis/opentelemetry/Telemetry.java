package dev.praxis.opentelemetry;

import dev.praxis.internal.text.Redaction;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Tracer;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the interceptor and listener share: the tracer, the instruments, the fixed attributes of model calls and
 * the redaction; {@code contents} is null unless message contents were opted in.
 */
record Telemetry(Tracer tracer, Instruments instruments, @Nullable Contents contents, @Nullable String requestModel,
                 Attributes server, List<String> secrets, Attributes defaultModelAttributes) {

    Telemetry(Tracer tracer, Instruments instruments, @Nullable Contents contents, @Nullable String requestModel,
              Attributes server, List<String> secrets) {
        this(tracer, instruments, contents, requestModel, server, secrets, build(server, requestModel));
    }

    /** The attributes of a model call's span and metrics before it runs; built once for the usual model. */
    Attributes modelAttributes(@Nullable String model) {
        return java.util.Objects.equals(model, requestModel) ? defaultModelAttributes : build(server, model);
    }

    private static Attributes build(Attributes server, @Nullable String model) {
        AttributesBuilder builder = server.toBuilder().put(GenAi.OPERATION, GenAi.CHAT);
        if (model != null) {
            builder.put(GenAi.REQUEST_MODEL, model);
        }
        return builder.build();
    }

    /** An error message fit for a span: redacted, never null. */
    String redact(@Nullable String message) {
        String redacted = Redaction.redact(message, secrets);
        return redacted == null ? "" : redacted;
    }
}
