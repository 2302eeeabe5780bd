package dev.praxis.healthcare.safety;

import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolException;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which patient each session may read, and for which user: the host binds a session when it creates it (the
 * model cannot), and every patient tool asks {@link #open} first. A session with no binding, another user, or a
 * request for another patient is refused; every answer, yes or no, goes to the {@link AccessLog}.
 *
 * <pre>{@code
 * bindings.bind("session-7", "dr-ito", "p-001");          // when the clinician opens the chart
 * String patientId = bindings.open(context, null, "list_medications");   // in a tool
 * }</pre>
 */
public final class PatientBindings {

    private final Map<String, Binding> bySession = new ConcurrentHashMap<>();
    private final AccessLog log;
    private final Clock clock;

    /** A session's patient and the user it is for. */
    private record Binding(String userId, String patientId) {
    }

    /**
     * Bindings that log to {@code log}, stamped by {@code clock}.
     *
     * @param log where reads and refusals are written
     * @param clock the time source for the entries
     */
    public PatientBindings(AccessLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Binds {@code sessionId} to {@code patientId} for {@code userId}. A session is bound once: binding it again
     * to another patient or user is refused (open a new session for another patient).
     *
     * @param sessionId the session
     * @param userId the user the session's runs are for
     * @param patientId the patient's logical id
     * @throws IllegalStateException when the session is already bound to another patient or user
     */
    public void bind(String sessionId, String userId, String patientId) {
        Binding wanted = new Binding(requireText(userId, "userId"), requireText(patientId, "patientId"));
        Binding held = bySession.putIfAbsent(requireText(sessionId, "sessionId"), wanted);
        if (held != null && !held.equals(wanted)) {
            throw new IllegalStateException("session " + sessionId + " is already bound to another patient or "
                    + "user; open a new session for another patient");
        }
    }

    /**
     * The patient bound to {@code sessionId}, when one is.
     *
     * @param sessionId the session
     * @return the patient's logical id
     */
    public Optional<String> patientOf(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId)).map(Binding::patientId);
    }

    /**
     * Allows one read for {@code purpose}, or refuses it; logs either way.
     *
     * @param context the calling session and user
     * @param requestedPatient the patient the call names, or null for the bound one
     * @param purpose the tool reading the record
     * @return the bound patient's logical id
     * @throws ToolException when the session is unbound, bound for another user, or bound to another patient
     */
    public String open(ToolContext context, @org.jspecify.annotations.Nullable String requestedPatient,
                       String purpose) {
        Binding binding = bySession.get(context.sessionId());
        String asked = requestedPatient == null || requestedPatient.isBlank()
                ? (binding == null ? "(none)" : binding.patientId()) : requestedPatient.trim();
        String refusal = binding == null ? "no patient is bound to this session"
                : !binding.userId().equals(context.userId()) ? "this session is bound for another user"
                : !binding.patientId().equals(asked) ? "this session is bound to another patient" : "";
        log.record(new AccessEntry(clock.instant(), context.userId(), context.sessionId(), asked, purpose,
                refusal.isEmpty(), refusal));
        if (!refusal.isEmpty()) {
            throw new ToolException("access refused: " + refusal + ". Patient data is reachable only for the "
                    + "patient this session was opened for; this attempt was logged.");
        }
        return binding.patientId();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
