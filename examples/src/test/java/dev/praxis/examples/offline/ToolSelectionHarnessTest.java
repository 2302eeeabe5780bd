package dev.praxis.examples.offline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the tool-selection harness and checks that its figures are sane (the table itself is the result; the
 * measured figures are in docs/benchmarks.md): every selecting setting sends fewer schema tokens than offering
 * every tool, offering every tool recalls every labelled tool, and a larger {@code k} never lowers recall.
 */
class ToolSelectionHarnessTest {

    @Test
    void selectionSendsFewerSchemaTokensAndRecallGrowsWithK() {
        List<ToolSelectionHarness.Row> rows = ToolSelectionHarness.run(ToolSelectionHarness.SETTINGS);

        System.out.print(ToolSelectionHarness.table(rows));
        for (String pack : List.of("finance", "ecommerce")) {
            List<ToolSelectionHarness.Row> ofPack = rows.stream().filter(r -> r.pack().equals(pack)).toList();
            ToolSelectionHarness.Row all = row(ofPack, "all");
            assertThat(all.requests()).as(pack + " requests").isGreaterThanOrEqualTo(100);
            assertThat(all.recall()).as(pack + " recall with every tool").isEqualTo(100.0);
            assertThat(all.toolsPerTurn()).as(pack + " tools offered").isEqualTo(all.toolbox());
            ofPack.stream().filter(r -> r != all).forEach(r -> {
                assertThat(r.tokensPerTurn()).as(pack + " " + r.offer() + " tokens").isLessThan(all.tokensPerTurn());
                assertThat(r.charsPerTurn()).as(pack + " " + r.offer() + " chars").isLessThan(all.charsPerTurn());
            });
            assertThat(row(ofPack, "k=4").toolsPerTurn()).isEqualTo(4.0);
            assertThat(row(ofPack, "k=6").recall()).isGreaterThanOrEqualTo(row(ofPack, "k=4").recall());
            assertThat(row(ofPack, "k=8").recall()).isGreaterThanOrEqualTo(row(ofPack, "k=6").recall());
        }
    }

    private static ToolSelectionHarness.Row row(List<ToolSelectionHarness.Row> rows, String offer) {
        return rows.stream().filter(r -> r.offer().equals(offer)).findFirst().orElseThrow();
    }
}
