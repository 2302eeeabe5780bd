package dev.praxis.examples.eval;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the routing evaluation on the DEVELOPMENT part of the issue-15 set (the test part is for the final report
 * only) and holds offline mode to what it reaches there: no side-effecting call the label does not name, and the
 * floors below (the figures measured are in docs/models.md, "Offline mode").
 */
class RoutingEvaluationTest {

    private static final double TOP_ONE_FLOOR = 50;
    private static final double EXACT_FLOOR = 40;
    private static final double REFUSAL_FLOOR = 60;

    @Test
    void offlineModeRoutesTheDevelopmentSetWithoutWrongSideEffects() {
        RoutingEvaluation.Result dev = RoutingEvaluation.run("dev", new AllMiniLmL6V2QuantizedEmbeddingModel());

        System.out.print(RoutingEvaluation.table(List.of(dev)));
        dev.misses().forEach(m -> System.out.println("dev miss: " + m));
        RoutingTally total = dev.total();
        assertThat(total.items()).as("dev items").isGreaterThanOrEqualTo(150);
        assertThat(total.wrongSideEffects).as("wrong side effects").isZero();
        assertThat(total.topOne()).as("top-1").isGreaterThanOrEqualTo(TOP_ONE_FLOOR);
        assertThat(total.exact()).as("exact arguments").isGreaterThanOrEqualTo(EXACT_FLOOR);
        assertThat(total.refusals()).as("correct refusals").isGreaterThanOrEqualTo(REFUSAL_FLOOR);
    }
}
