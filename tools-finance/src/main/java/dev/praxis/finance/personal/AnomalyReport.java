package dev.praxis.finance.personal;

import java.util.List;

/**
 * Result of {@code detect_anomalies}.
 *
 * @param anomalies flags, ordered by transaction position
 * @param checked   number of transactions checked
 * @param rules     the rules applied, in words
 */
public record AnomalyReport(List<Anomaly> anomalies, int checked, List<String> rules) {

    /**
     * Copies the lists.
     *
     * @param anomalies flags, ordered by transaction position
     * @param checked number of transactions checked
     * @param rules the rules applied, in words
     */
    public AnomalyReport {
        anomalies = List.copyOf(anomalies);
        rules = List.copyOf(rules);
    }
}
