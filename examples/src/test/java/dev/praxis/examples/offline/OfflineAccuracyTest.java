package dev.praxis.examples.offline;

import dev.praxis.model.offline.OfflineEvaluation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the offline accuracy harness and holds offline mode to the goals on every pack: at least
 * 100 labelled requests, >= 90 % top-1 tool accuracy, >= 80 % exact-argument accuracy (measured figures are
 * in docs/models.md).
 */
class OfflineAccuracyTest {

    private static final double TOOL_FLOOR = 90.0;
    private static final double ARGUMENT_FLOOR = 80.0;

    @Test
    void offlineModeMeetsItsAccuracyGoalsOnEveryPack() {
        Map<String, OfflineEvaluation.Report> reports = OfflineAccuracyHarness.run();

        System.out.print(OfflineAccuracyHarness.table(reports));
        reports.forEach((pack, report) -> report.misses().forEach(m -> System.out.println(pack + " miss: " + m)));
        reports.forEach((pack, report) -> {
            assertThat(report.total()).as(pack + " requests").isGreaterThanOrEqualTo(100);
            assertThat(report.toolAccuracy()).as(pack + " top-1 tool accuracy").isGreaterThanOrEqualTo(TOOL_FLOOR);
            assertThat(report.argumentAccuracy()).as(pack + " exact-argument accuracy")
                    .isGreaterThanOrEqualTo(ARGUMENT_FLOOR);
        });
    }
}
