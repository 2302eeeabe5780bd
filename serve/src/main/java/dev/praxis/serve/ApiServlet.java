package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.json.PraxisJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every route of the API. Health and readiness are open; everything under {@code /v1} needs an API key and passes
 * the caller's rate limit first. Each request writes one access-log line (method, path, status, time, user):
 * never a body, never a key.
 */
final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.praxis.serve.access");
    private static final String APPROVALS = "/v1/approvals";

    private final transient Map<String, ServedAgent> agents;
    private final transient Guard guard;
    private final transient Readiness readiness;
    private final transient Sessions sessions = new Sessions();
    private final transient Approvals approvals;
    private final transient WebPage page = new WebPage();
    private final transient ExecutorService runs;
    private final transient Semaphore running;
    private final transient ToolActivity tools;
    private final int maxBodyBytes;
    private final long started = System.currentTimeMillis() / 1000;

    ApiServlet(Map<String, ServedAgent> agents, Guard guard, Readiness readiness, ExecutorService runs,
               ServeOptions options, ToolActivity tools) {
        this.agents = agents;
        this.tools = tools;
        this.guard = guard;
        this.readiness = readiness;
        this.runs = runs;
        this.running = new Semaphore(options.maxConcurrentRuns());
        this.maxBodyBytes = options.maxBodyBytes();
        this.approvals = new Approvals(agents, sessions);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long start = System.nanoTime();
        String user = "-";
        try {
            guard.cors(request, response);
            if (request.getMethod().equals("OPTIONS")) {
                response.setStatus(204);
                return;
            }
            String path = request.getRequestURI();
            if (!path.startsWith("/v1/")) {
                open(request, response, path);
                return;
            }
            user = guard.user(request, response);
            route(request, response, path, user);
        } catch (ApiError e) {
            error(response, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(response, new ApiError(503, "server_error", "shutting_down", "the server is stopping"));
        } catch (RuntimeException e) {
            error(response, Failures.toApiError(e));
        } finally {
            ACCESS.info("method={} path={} status={} ms={} user={}", request.getMethod(), request.getRequestURI(),
                    response.getStatus(), (System.nanoTime() - start) / 1_000_000, user);
        }
    }

    private void open(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        requireMethod(request, "GET");
        switch (path) {
            case "/healthz" -> json(response, 200, PraxisJson.objectNode().put("status", "ok"));
            case "/readyz" -> {
                java.util.Optional<String> problem = readiness.problem();
                ObjectNode body = PraxisJson.objectNode().put("status", problem.isEmpty() ? "ready" : "not_ready");
                problem.ifPresent(detail -> body.put("detail", detail));
                json(response, problem.isEmpty() ? 200 : 503, body);
            }
            default -> {
                if (!page.serve(path, response)) {
                    throw ApiError.notFound("not_found", "no route " + path);
                }
            }
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String path, String user)
            throws IOException, InterruptedException {
        if (path.equals("/v1/models")) {
            requireMethod(request, "GET");
            json(response, 200, models());
        } else if (path.equals("/v1/chat/completions")) {
            requireMethod(request, "POST");
            chat(request, response, user);
        } else if (path.equals(APPROVALS)) {
            requireMethod(request, "GET");
            json(response, 200, approvals.listPending(user));
        } else if (path.startsWith(APPROVALS + "/") && path.length() > APPROVALS.length() + 1) {
            requireMethod(request, "POST");
            decide(request, response, user, path.substring(APPROVALS.length() + 1));
        } else {
            throw ApiError.notFound("not_found", "no route " + path);
        }
    }

    private ObjectNode models() {
        ObjectNode list = PraxisJson.objectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        agents.values().forEach(agent -> data.add(Replies.model(agent, started)));
        return list;
    }

    private void chat(HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException, InterruptedException {
        ChatInput input = ChatInput.parse(body(request));
        ServedAgent agent = agents.get(input.model());
        if (agent == null) {
            throw ApiError.notFound("model_not_found", "The model '" + input.model() + "' does not exist; available: "
                    + String.join(", ", agents.keySet()));
        }
        String header = request.getHeader(SessionRef.HEADER);
        String name = SessionRef.checkedName(header != null ? header : input.user().orElse("default"));
        SessionRef session = new SessionRef(user, agent.name(), name);
        sessions.touch(session);
        RunRequest run = new RunRequest(session.id(), user, input.message(), java.util.Optional.empty());
        respond(response, input.stream(), agent.name(), session, sink -> agent.agent().run(
                sink == null ? run : run.streaming(sink)));
    }

    private void decide(HttpServletRequest request, HttpServletResponse response, String user, String id)
            throws IOException, InterruptedException {
        JsonNode body = body(request);
        ApprovalDecision decision = Approvals.decision(body, user);
        SessionRef session = approvals.find(user, id);
        boolean stream = body.path("stream").asBoolean(false);
        // decide() resumes the run without a token sink: its rest is streamed in chunks from the record.
        respond(response, stream, session.agent(), session, sink -> {
            try {
                return approvals.agent(session).decide(session.id(), id, decision);
            } catch (IllegalStateException e) {
                throw new ApiError(409, "conflict_error", "approval_decided", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw ApiError.notFound("approval_not_found", "no approval '" + id + "' among your sessions");
            }
        });
    }

    /** Runs a turn within the concurrency bound and answers with a completion or a stream. */
    private void respond(HttpServletResponse response, boolean stream, String model, SessionRef session,
                         Function<@Nullable Consumer<String>, RunRecord> turn) throws IOException, InterruptedException {
        if (!running.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            throw new ApiError(503, "server_error", "server_busy", "too many turns running; try again shortly");
        }
        if (stream) {
            SseTurn.stream(response, model, session, runs, tools, turn, running::release);
            return;
        }
        try {
            json(response, 200, Replies.completion(model, turn.apply(null), session));
        } finally {
            running.release();
        }
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(maxBodyBytes + 1);
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        JsonNode body;
        try {
            body = PraxisJson.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getMessage());
        }
        if (!body.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        return body;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "invalid_request_error", "request_too_large",
                "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static void requireMethod(HttpServletRequest request, String method) {
        if (!request.getMethod().equals(method)) {
            throw new ApiError(405, "invalid_request_error", "method_not_allowed", "use " + method);
        }
    }

    private static void json(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(PraxisJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void error(HttpServletResponse response, ApiError e) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(e.status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(e.body().getBytes(StandardCharsets.UTF_8));
    }
}
