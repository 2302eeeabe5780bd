package dev.praxis.examples.offline;

import dev.praxis.model.offline.OfflineEvaluation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the offline accuracy harness and holds offline mode to the goals (>= 90 % tool, >= 80 % args). */
class OfflineAccuracyTest {

    @Test
    void offlineModeMeetsItsAccuracyGoalsOnEveryPack() {
        Map<String, OfflineEvaluation.Report> reports = OfflineAccuracyHarness.run();

        System.out.print(OfflineAccuracyHarness.table(reports));
        reports.forEach((pack, report) -> report.misses().forEach(m -> System.out.println(pack + " miss: " + m)));
        reports.forEach((pack, report) -> {
            assertThat(report.total()).as(pack + " requests").isGreaterThanOrEqualTo(100);
            assertThat(report.toolAccuracy()).as(pack + " top-1 tool accuracy").isGreaterThanOrEqualTo(90.0);
            assertThat(report.argumentAccuracy()).as(pack + " exact-argument accuracy").isGreaterThanOrEqualTo(80.0);
        });
    }
}
