package dev.praxis.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code praxis tools list} as a person reads it: grouped by pack, wrapped, parameters with type and bounds. */
class ToolsListCliTest {

    @TempDir
    Path dataDir;

    private CliRun list(Map<String, String> env) {
        return CliRun.run(dataDir, "", env, "tools", "list");
    }

    @Test
    void groupsToolsUnderTheirPackWithSideEffect() {
        CliRun run = list(Map.of());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String out = run.out();
        assertThat(out).startsWith("finance (").contains("\nshop (");
        // a finance tool comes before the shop header, a shop tool after it
        assertThat(out.indexOf("  loan_payment [read-only]")).isPositive().isLessThan(out.indexOf("\nshop ("));
        assertThat(out.indexOf("  place_order [irreversible]")).isGreaterThan(out.indexOf("\nshop ("));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showsEachParametersTypeRequirednessAndBoundsOnce() {
        String out = list(Map.of("COLUMNS", "200")).out();

        // FinancePack's loan_payment: principal 0.01 to 1e15, annual_rate 0 to 100, term_months 1 to 1200
        assertThat(out).contains("    - principal (number, required, min 0.01, max 1000000000000000): Amount borrowed\n");
        assertThat(out).contains("    - term_months (integer, required, min 1, max 1200): Number of monthly payments\n");
        // the bounds core appends to descriptions for the model are not repeated
        assertThat(out).doesNotContain("(min 0.01, max 1000000000000000)");
        assertThat(out).contains("    - extra_monthly_payment (number, optional, min 0): ");
    }

    @Test
    void showsEnumValuesAndArrayItemTypes() {
        String out = list(Map.of("COLUMNS", "200")).out();

        assertThat(out).contains("    - timing (string, optional, one of END | BEGIN): END (default) or BEGIN of each period");
        assertThat(out).contains("    - cash_flows (array of number, required, at most 1200 items): ");
    }

    @Test
    void wrapsEveryLineToColumnsWithHangingIndent() {
        String out = list(Map.of("COLUMNS", "60")).out();

        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        // continuation lines of a parameter are indented under it, not flush left
        String[] lines = out.split("\n");
        int principal = Arrays.asList(lines).indexOf(
                Arrays.stream(lines).filter(l -> l.startsWith("    - principal (")).findFirst().orElseThrow());
        assertThat(lines[principal + 1]).startsWith("        ").doesNotStartWith("         ");
    }

    @Test
    void wrapsAtOneHundredColumnsWhenColumnsIsUnsetOrNotANumber() {
        assertThat(ToolListing.width(Map.of())).isEqualTo(100);
        assertThat(ToolListing.width(Map.of("COLUMNS", "wide"))).isEqualTo(100);
        assertThat(ToolListing.width(Map.of("COLUMNS", "132"))).isEqualTo(132);
        assertThat(list(Map.of()).out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }
}
