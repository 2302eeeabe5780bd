package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code praxis doctor} found about a model server and what it recommends, printable for people
 * ({@link #toText()}) and for machines ({@link #toJson()}).
 *
 * @param model    the model spec probed
 * @param baseUrl  the URL probed (credentials masked)
 * @param server   which server it looks like
 * @param usable   whether a chat request got an answer
 * @param findings one line per check, in probe order
 * @param facts    the findings as values
 * @param advice   the settings to use
 */
record DoctorReport(String model, String baseUrl, ServerKind server, boolean usable, List<Finding> findings,
                    Facts facts, Advice advice) {

    /** How a check came out. */
    enum Status { OK, WARN, FAIL, INFO, SKIP }

    /** One check's outcome, e.g. {@code native tool calls: FAIL refused: HTTP 400 ...}. */
    record Finding(String check, Status status, String detail) {
    }

    /**
     * The findings as values for {@code --json}.
     *
     * @param nativeTools        {@code works}, {@code text} (calls came back as text), {@code refused},
     *                           {@code not-called}, {@code error} or {@code skipped}
     * @param streamingToolCalls the same vocabulary for a streamed request
     * @param thinking           {@code separated}, {@code leaked} (in the content), {@code none} or {@code unknown}
     */
    record Facts(boolean reachable, List<String> models, Optional<Boolean> modelListed, String nativeTools,
                 Optional<String> refusal, Optional<TextDialect> dialect, OptionalInt parallelCalls,
                 String streamingToolCalls, Optional<Boolean> usageReported, ServerApi.ContextLength context,
                 String thinking) {
    }

    /** The recommended {@code --tool-calling} mode, server flags, and notes explaining them. */
    record Advice(String toolCalling, List<String> serverFlags, List<String> notes) {
    }

    /** {@link ExitCodes#OK} when usable, otherwise {@link ExitCodes#MODEL_UNREACHABLE}. */
    int exitCode() {
        return usable ? ExitCodes.OK : ExitCodes.MODEL_UNREACHABLE;
    }

    String toText() {
        StringBuilder out = new StringBuilder();
        out.append("praxis doctor: ").append(model).append(" at ").append(baseUrl).append(" (")
                .append(server.displayName()).append(")\n");
        for (Finding f : findings) {
            out.append(String.format("  %-5s %-20s %s%n", f.status().name().toLowerCase(java.util.Locale.ROOT),
                    f.check(), f.detail()));
        }
        if (facts.reachable()) {
            out.append("recommended:\n");
            out.append("  praxis  --tool-calling ").append(advice.toolCalling()).append('\n');
            advice.serverFlags().forEach(flag -> out.append("  server  ").append(flag).append('\n'));
            advice.notes().forEach(note -> out.append("  note    ").append(note).append('\n'));
        }
        out.append(usable ? "verdict: usable" : "verdict: not usable").append(" (exit ").append(exitCode()).append(")\n");
        return out.toString();
    }

    String toJson() {
        ObjectNode json = PraxisJson.mapper().createObjectNode();
        json.put("model", model);
        json.put("base_url", baseUrl);
        json.put("server", server.id());
        json.put("usable", usable);
        json.put("exit_code", exitCode());
        json.put("reachable", facts.reachable());
        facts.models().forEach(json.putArray("models")::add);
        facts.modelListed().ifPresentOrElse(v -> json.put("model_listed", v), () -> json.putNull("model_listed"));
        json.put("native_tool_calls", facts.nativeTools());
        facts.refusal().ifPresentOrElse(r -> json.put("refusal", r), () -> json.putNull("refusal"));
        facts.dialect().ifPresentOrElse(d -> {
            ObjectNode dialect = json.putObject("text_dialect");
            dialect.put("name", d.name());
            dialect.put("example", d.example());
            dialect.put("calls", d.calls());
            dialect.put("praxis_reads_it", d.praxisReads());
        }, () -> json.putNull("text_dialect"));
        facts.parallelCalls().ifPresentOrElse(n -> json.put("parallel_calls", n), () -> json.putNull("parallel_calls"));
        json.put("streaming_tool_calls", facts.streamingToolCalls());
        facts.usageReported().ifPresentOrElse(v -> json.put("usage_reported", v), () -> json.putNull("usage_reported"));
        ObjectNode context = json.putObject("context_length");
        facts.context().tokens().ifPresentOrElse(n -> context.put("tokens", n), () -> context.putNull("tokens"));
        context.put("source", facts.context().source());
        json.put("thinking", facts.thinking());
        ArrayNode list = json.putArray("findings");
        findings.forEach(f -> list.addObject().put("check", f.check())
                .put("status", f.status().name().toLowerCase(java.util.Locale.ROOT)).put("detail", f.detail()));
        ObjectNode recommended = json.putObject("recommended");
        recommended.put("tool_calling", advice.toolCalling());
        advice.serverFlags().forEach(recommended.putArray("server_flags")::add);
        if (advice.serverFlags().isEmpty()) {
            recommended.putArray("server_flags");
        }
        ArrayNode notes = recommended.putArray("notes");
        advice.notes().forEach(notes::add);
        return json.toPrettyString();
    }
}
