package dev.praxis.healthcare.safety;

import java.util.List;

/**
 * Where every patient-record read (and every refused attempt) is written: an extension point for an audit
 * store. Implementations must be thread-safe; a failure to write should fail the read, so they throw rather
 * than drop an entry.
 *
 * <pre>{@code
 * AccessLog log = AccessLog.all(new InMemoryAccessLog(), AccessLog.slf4j());
 * }</pre>
 */
public interface AccessLog {

    /**
     * Writes one entry.
     *
     * @param entry the read or refusal
     */
    void record(AccessEntry entry);

    /**
     * The default log: one INFO line per entry on the SLF4J logger {@code dev.praxis.healthcare.access}, with the
     * patient's logical id and never a name.
     *
     * @return the log
     */
    static AccessLog slf4j() {
        return new Slf4jAccessLog();
    }

    /**
     * A log that writes each entry to every one of {@code logs}, in order.
     *
     * @param logs the logs
     * @return the combined log
     */
    static AccessLog all(AccessLog... logs) {
        List<AccessLog> copy = List.of(logs);
        return entry -> copy.forEach(log -> log.record(entry));
    }
}
