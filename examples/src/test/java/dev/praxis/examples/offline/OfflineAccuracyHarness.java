package dev.praxis.examples.offline;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.model.offline.LabelledRequest;
import dev.praxis.model.offline.OfflineChatModel;
import dev.praxis.model.offline.OfflineEvaluation;
import dev.praxis.tool.ToolBox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures offline mode on the labelled request sets of each tool pack (src/test/resources/offline): every
 * request is sent with all of the pack's tools offered, and the first tool call is compared with the label.
 * Prints top-1 tool accuracy and exact-argument accuracy per pack; {@code -v} also lists the misses.
 */
public final class OfflineAccuracyHarness {

    private OfflineAccuracyHarness() {
    }

    public static void main(String[] args) {
        Map<String, OfflineEvaluation.Report> reports = run();
        System.out.print(table(reports));
        if (args.length > 0 && args[0].equals("-v")) {
            reports.forEach((pack, report) -> report.misses().forEach(m -> System.out.println(pack + " miss: " + m)));
        }
    }

    /** The report per pack. */
    static Map<String, OfflineEvaluation.Report> run() {
        OfflineChatModel model = new OfflineChatModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
        Map<String, OfflineEvaluation.Report> reports = new LinkedHashMap<>();
        reports.put("finance", OfflineEvaluation.evaluate(model, specs(ToolBox.of(FinancePack.tools())),
                read("/offline/finance-requests.json")));
        reports.put("ecommerce", OfflineEvaluation.evaluate(model,
                specs(ToolBox.of(EcommercePack.builder().build().tools())), read("/offline/ecommerce-requests.json")));
        return reports;
    }

    static String table(Map<String, OfflineEvaluation.Report> reports) {
        StringBuilder out = new StringBuilder("| pack | requests | top-1 tool | exact arguments |\n|---|---|---|---|\n");
        reports.forEach((pack, r) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% |%n",
                pack, r.total(), r.toolAccuracy(), r.argumentAccuracy())));
        return out.toString();
    }

    private static List<ToolSpecification> specs(ToolBox box) {
        return box.specifications();
    }

    private static List<LabelledRequest> read(String resource) {
        try (InputStream in = OfflineAccuracyHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing labelled set " + resource);
            }
            return OfflineEvaluation.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
