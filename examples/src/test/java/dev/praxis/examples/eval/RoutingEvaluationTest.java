package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the routing evaluation on the parts offline mode was tuned on (dev, and test and holdout to holdout8,
 * whose misses were read once they had been reported) and holds offline mode to what it reaches there: no
 * side-effecting call the label does not name, and the floors below over those parts together (the figures are in
 * docs/models.md, "Routing evaluation"). The clean held-out part, holdout9, is never run here: it is run once, to
 * report.
 */
class RoutingEvaluationTest {

    private static final List<String> TUNED_PARTS = List.of("dev", "test", "holdout", "holdout2", "holdout3",
            "holdout4", "holdout5", "holdout6", "holdout7", "holdout8");
    private static final double TOP_ONE_FLOOR = 96.5;
    private static final double EXACT_FLOOR = 94.5;
    private static final double REFUSAL_FLOOR = 97.5;

    @Test
    void offlineModeRoutesTheTunedPartsWithoutWrongSideEffects() {
        AllMiniLmL6V2QuantizedEmbeddingModel embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<RoutingEvaluation.Result> results = TUNED_PARTS.stream()
                .map(part -> RoutingEvaluation.run(part, embeddings)).toList();

        System.out.print(RoutingEvaluation.table(results));
        results.forEach(r -> r.misses().forEach(m -> System.out.println(r.part() + " miss: " + m)));
        RoutingTally total = new RoutingTally();
        results.forEach(r -> total.add(r.total()));
        assertThat(total.items()).as("tuned items").isGreaterThanOrEqualTo(1000);
        assertThat(total.wrongSideEffects).as("wrong side effects").isZero();
        assertThat(total.topOne()).as("top-1").isGreaterThanOrEqualTo(TOP_ONE_FLOOR);
        assertThat(total.exact()).as("exact arguments").isGreaterThanOrEqualTo(EXACT_FLOOR);
        assertThat(total.refusals()).as("correct refusals").isGreaterThanOrEqualTo(REFUSAL_FLOOR);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean matches(String label, String sent) throws Exception {
        RoutingItem item = new RoutingItem("fin-d-999", "finance", "en", "test", "r", "call", "loan_payment",
                JSON.readTree(label), "plain", null, null);
        var schema = JSON.readTree("""
                {"properties": {"principal": {"type": "number"},
                  "currency": {"type": "string", "description": "ISO-4217 currency of the loan; default USD"},
                  "order_type": {"type": "string", "description": "MARKET (default) or LIMIT"},
                  "reason": {"type": "string"}}}""");
        return RoutingEvaluation.argumentsMatch(item, ToolExecutionRequest.builder().name("loan_payment")
                .arguments(sent).build(), schema);
    }

    @Test
    void argumentsAtTheirDocumentedDefaultAndFreeTextAreNotHeldAgainstACall() throws Exception {
        assertThat(matches("{\"principal\": 1000}", "{\"principal\": 1000, \"currency\": \"USD\"}")).isTrue();
        assertThat(matches("{\"principal\": 1000}", "{\"principal\": 1000, \"order_type\": \"market\"}")).isTrue();
        assertThat(matches("{\"principal\": 1000}", "{\"principal\": 1000, \"reason\": \"any words\"}")).isTrue();
        assertThat(matches("{\"principal\": 1000}", "{\"principal\": 1000, \"currency\": \"EUR\"}")).isFalse();
        assertThat(matches("{\"principal\": 1000, \"currency\": \"EUR\"}", "{\"principal\": 1000}")).isFalse();
        assertThat(matches("{\"principal\": 1000}", "{\"principal\": 999}")).isFalse();
    }
}
