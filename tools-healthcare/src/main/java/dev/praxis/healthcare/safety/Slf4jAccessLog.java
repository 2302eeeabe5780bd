package dev.praxis.healthcare.safety;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The access log on SLF4J: one INFO line per read, one WARN line per refusal. */
final class Slf4jAccessLog implements AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.praxis.healthcare.access");

    @Override
    public void record(AccessEntry e) {
        if (e.granted()) {
            LOG.info("patient record read: at={} user={} session={} patient={} purpose={}", e.at(), e.userId(),
                    e.sessionId(), e.patientId(), e.purpose());
        } else {
            LOG.warn("patient record access refused: at={} user={} session={} patient={} purpose={} reason={}",
                    e.at(), e.userId(), e.sessionId(), e.patientId(), e.purpose(), e.reason());
        }
    }
}
