package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.model.ModelSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.praxis.examples.cli.DoctorReport.Status.FAIL;
import static dev.praxis.examples.cli.DoctorReport.Status.INFO;
import static dev.praxis.examples.cli.DoctorReport.Status.OK;
import static dev.praxis.examples.cli.DoctorReport.Status.SKIP;
import static dev.praxis.examples.cli.DoctorReport.Status.WARN;

/**
 * Runs the doctor's checks against one server, in order: reachable and models listed, context length, native tool
 * calls (and, when they fail, the text dialect the model falls back to), parallel calls, streaming with tool calls,
 * usage, and where reasoning goes. Every request has its own timeout, and all of them share a budget so the whole
 * run stays under 30 seconds.
 */
final class DoctorProbe {

    static final Duration BUDGET = Duration.ofSeconds(28);
    static final Duration PER_REQUEST = Duration.ofSeconds(8);
    private static final Duration MIN_REQUEST = Duration.ofSeconds(1);

    private final ServerApi api;
    private final ModelSpec spec;
    private final String shownUrl;
    private final long deadline;
    private final List<DoctorReport.Finding> findings = new ArrayList<>();
    private boolean answered;
    private boolean usage;
    private boolean leakedThinking;

    DoctorProbe(ServerApi api, ModelSpec spec, String shownUrl) {
        this.api = api;
        this.spec = spec;
        this.shownUrl = shownUrl;
        this.deadline = System.nanoTime() + BUDGET.toNanos();
    }

    DoctorReport run() {
        ProbeHttp.Reply list;
        try {
            list = api.listModels(step());
        } catch (ProbeHttp.Failure e) {
            add("reachable", FAIL, "no response from " + shownUrl + api.modelsPath() + ": " + e.getMessage());
            DoctorReport.Facts facts = new DoctorReport.Facts(false, List.of(), Optional.empty(), "skipped",
                    Optional.empty(), Optional.empty(), OptionalInt.empty(), "skipped", Optional.empty(),
                    ServerApi.ContextLength.none(), "unknown");
            return new DoctorReport(spec.toString(), shownUrl, ServerKind.detect(spec.preset(), MissingNode.getInstance(),
                    ""), false, findings, facts, AdviceRules.advise(ServerKind.OTHER, facts));
        }
        add("reachable", OK, "HTTP " + list.status() + " from GET " + api.modelsPath());
        JsonNode models = list.ok() ? parseQuietly(list.body()) : MissingNode.getInstance();
        List<String> ids = api.modelIds(models);
        Optional<Boolean> listed = listModels(list, ids);
        ServerApi.ContextLength context = api.contextLength(models, step());
        add("context length", context.tokens().isPresent() ? OK : INFO, context.tokens().isPresent()
                ? context.tokens().getAsInt() + " tokens (" + context.source() + ")" : "not exposed by this server");

        ChatOutcome first = chat(null, WeatherProbe.ONE_CITY, true, false);
        ServerKind server = ServerKind.detect(spec.preset(), models, first.error());
        String nativeTools = nativeTools(first);
        Optional<TextDialect> dialect = first.reply().flatMap(r -> TextDialect.of(r.content()));
        Optional<String> refusal = first.refusesTools() ? Optional.of(first.error()) : Optional.empty();
        if (nativeTools.equals("refused") || nativeTools.equals("error")) {
            dialect = promptedDialect();
        } else {
            dialect.ifPresent(d -> add("text dialect", INFO, describe(d)));
        }
        OptionalInt parallel = parallel(nativeTools);
        String streaming = streaming(nativeTools);
        String thinking = thinking();
        if (answered) {
            add("usage reported", usage ? OK : WARN, usage ? "token counts come with the replies"
                    : "no token counts in the replies");
        }
        DoctorReport.Facts facts = new DoctorReport.Facts(true, ids, listed, nativeTools, refusal, dialect, parallel,
                streaming, answered ? Optional.of(usage) : Optional.empty(), context, thinking);
        return new DoctorReport(spec.toString(), shownUrl, server, answered && !first.unknownModel(), findings, facts,
                AdviceRules.advise(server, facts));
    }

    private Optional<Boolean> listModels(ProbeHttp.Reply list, List<String> ids) {
        if (!list.ok()) {
            add("models listed", WARN, "GET " + api.modelsPath() + " answered HTTP " + list.status());
            return Optional.empty();
        }
        boolean listed = ids.contains(spec.model());
        add("models listed", listed ? OK : WARN, (ids.isEmpty() ? "none" : String.join(", ", ids))
                + (listed ? "" : " (" + spec.model() + " is not among them)"));
        return Optional.of(listed);
    }

    private String nativeTools(ChatOutcome first) {
        String check = "native tool calls";
        if (first.unknownModel()) {
            add(check, FAIL, "the server does not know the model: HTTP 404 " + first.error());
            return "error";
        }
        if (first.refusesTools()) {
            add(check, FAIL, "refused: HTTP " + first.status() + " " + first.error());
            return "refused";
        }
        if (first.reply().isEmpty()) {
            add(check, FAIL, describeFailure(first));
            return "error";
        }
        ModelReply reply = first.reply().get();
        if (!reply.calls().isEmpty()) {
            add(check, OK, "tool_calls: " + reply.calls().get(0));
            return "works";
        }
        if (TextDialect.of(reply.content()).isPresent()) {
            add(check, FAIL, "the calls came back as text in the content, not as tool_calls");
            return "text";
        }
        add(check, WARN, "the model answered without calling the tool: " + abbreviate(reply.content()));
        return "not-called";
    }

    /** With tools refused, the tools go into the system prompt, as {@code --tool-calling prompted} does. */
    private Optional<TextDialect> promptedDialect() {
        ChatOutcome prompted = chat(WeatherProbe.promptedSystem(), WeatherProbe.ONE_CITY, false, false);
        Optional<TextDialect> dialect = prompted.reply().flatMap(r -> TextDialect.of(r.content()));
        if (dialect.isPresent()) {
            add("text dialect", INFO, "with the tool in the prompt: " + describe(dialect.get()));
        } else {
            add("text dialect", WARN, prompted.reply().isPresent()
                    ? "with the tool in the prompt, no call came back: " + abbreviate(prompted.reply().get().content())
                    : "prompted request failed: " + describeFailure(prompted));
        }
        return dialect;
    }

    private OptionalInt parallel(String nativeTools) {
        boolean prompted = !nativeTools.equals("works") && !nativeTools.equals("text");
        ChatOutcome two = chat(prompted ? WeatherProbe.promptedSystem() : null, WeatherProbe.TWO_CITIES, !prompted, false);
        if (two.reply().isEmpty()) {
            add("parallel calls", SKIP, describeFailure(two));
            return OptionalInt.empty();
        }
        ModelReply reply = two.reply().get();
        int calls = !reply.calls().isEmpty() ? reply.calls().size()
                : TextDialect.of(reply.content()).map(TextDialect::calls).orElse(0);
        String how = !reply.calls().isEmpty() ? " as tool_calls" : prompted ? " as text (prompted)" : " as text";
        add("parallel calls", calls >= 2 ? OK : WARN, calls + " calls for two cities" + (calls > 0 ? how : ""));
        return OptionalInt.of(calls);
    }

    private String streaming(String nativeTools) {
        String check = "streaming tool calls";
        if (!nativeTools.equals("works") && !nativeTools.equals("text") && !nativeTools.equals("not-called")) {
            add(check, SKIP, "native tools are " + nativeTools);
            return "skipped";
        }
        ChatOutcome streamed = chat(null, WeatherProbe.ONE_CITY, true, true);
        if (streamed.reply().isEmpty()) {
            add(check, FAIL, describeFailure(streamed));
            return streamed.refusesTools() ? "refused" : "error";
        }
        ModelReply reply = streamed.reply().get();
        if (!reply.calls().isEmpty()) {
            add(check, OK, "tool_calls deltas: " + reply.calls().get(0));
            return "works";
        }
        Optional<TextDialect> dialect = TextDialect.of(reply.content());
        if (dialect.isPresent()) {
            add(check, FAIL, "the calls stream as " + dialect.get().name() + " text in the content");
            return "text";
        }
        add(check, WARN, "no call in the stream: " + abbreviate(reply.content()));
        return "not-called";
    }

    private String thinking() {
        String check = "thinking";
        ChatOutcome plain = chat(null, WeatherProbe.NO_TOOLS, false, false);
        if (plain.reply().isEmpty()) {
            add(check, SKIP, describeFailure(plain));
            return leakedThinking ? "leaked" : "unknown";
        }
        ModelReply reply = plain.reply().get();
        if (leakedThinking) {
            add(check, WARN, "reasoning arrives inside <think>...</think> in the content");
            return "leaked";
        }
        if (!reply.reasoning().isBlank()) {
            add(check, OK, "reasoning arrives in its own field, apart from the answer");
            return "separated";
        }
        add(check, INFO, "no reasoning seen (a model that does not think, or thinking is off)");
        return "none";
    }

    private ChatOutcome chat(String system, String user, boolean tools, boolean stream) {
        Duration timeout = step();
        if (timeout.compareTo(MIN_REQUEST) < 0) {
            return ChatOutcome.failed(0, "skipped: the " + BUDGET.toSeconds() + " s budget is spent");
        }
        try {
            ProbeHttp.Reply reply = api.chat(system, user, tools, stream, timeout);
            if (!reply.ok()) {
                return ChatOutcome.failed(reply.status(), errorMessage(reply.body()));
            }
            ModelReply read = api.read(reply.body(), stream);
            answered = true;
            usage |= read.usage();
            leakedThinking |= read.content().contains("</think>");
            return ChatOutcome.answered(read, reply.status());
        } catch (ProbeHttp.Failure e) {
            return ChatOutcome.failed(0, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ChatOutcome.failed(0, "unreadable reply: " + e.getMessage());
        }
    }

    private Duration step() {
        long left = deadline - System.nanoTime();
        return Duration.ofNanos(Math.max(0, Math.min(left, PER_REQUEST.toNanos())));
    }

    private void add(String check, DoctorReport.Status status, String detail) {
        findings.add(new DoctorReport.Finding(check, status, detail));
    }

    private static String describe(TextDialect dialect) {
        return dialect.name() + " " + dialect.example() + "; Praxis reads it: " + (dialect.praxisReads() ? "yes" : "no");
    }

    private static String describeFailure(ChatOutcome outcome) {
        return outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status() + " " + outcome.error();
    }

    /** The server's own message from the usual error bodies: OpenAI's, vLLM's and Ollama's. */
    static String errorMessage(String body) {
        JsonNode json = parseQuietly(body);
        for (JsonNode candidate : List.of(json.path("error").path("message"), json.path("error"), json.path("message"))) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return abbreviate(candidate.asText());
            }
        }
        return abbreviate(body);
    }

    private static JsonNode parseQuietly(String body) {
        try {
            return PraxisJson.parse(body);
        } catch (IllegalArgumentException e) {
            return MissingNode.getInstance();
        }
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "...";
    }
}
