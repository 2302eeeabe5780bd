package dev.praxis.examples.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Renders the report as plain-text tables with aligned columns. */
final class ReportTable {

    private static final List<String> HEADER = List.of("model", "passed", "rate", "precision", "recall", "args",
            "steps", "tokens", "cost", "p50 turn", "total");

    private ReportTable() {
    }

    static String render(EvalReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (EvalReport.ModelResult model : report.models()) {
            ModelSummary s = model.summary();
            rows.add(List.of(s.model(), s.passed() + "/" + s.scenarios(), percent(Optional.of(s.passRate())),
                    percent(s.precision()), percent(s.recall()), percent(s.argumentAccuracy()),
                    Long.toString(s.steps()), Long.toString(s.tokens()),
                    s.cost().map(c -> c.amount().stripTrailingZeros().toPlainString() + " " + c.currency()).orElse("-"),
                    millis(s.p50TurnMs()), millis(s.totalMs())));
        }
        return "praxis eval: " + report.scenarios() + " scenarios per model\n\n" + align(rows) + "\n"
                + align(byAgent(report));
    }

    private static List<List<String>> byAgent(EvalReport report) {
        Set<String> agents = new LinkedHashSet<>();
        report.models().forEach(m -> m.scenarios().forEach(r -> agents.add(r.scenario().agent())));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("passed by agent"));
        header.addAll(agents);
        rows.add(header);
        for (EvalReport.ModelResult model : report.models()) {
            List<String> row = new ArrayList<>(List.of(model.model()));
            for (String agent : agents) {
                List<ScenarioResult> ofAgent = model.scenarios().stream()
                        .filter(r -> r.scenario().agent().equals(agent)).toList();
                row.add(ofAgent.stream().filter(ScenarioResult::passed).count() + "/" + ofAgent.size());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String align(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(r -> {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row.get(i)));
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static String percent(Optional<Double> ratio) {
        return ratio.map(r -> String.format(Locale.ROOT, "%.1f%%", r * 100)).orElse("-");
    }

    static String millis(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
