package dev.praxis.examples.eval;

import dev.praxis.agent.StopReason;
import dev.praxis.agent.Usage;
import dev.praxis.model.ModelCost;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelSummaryTest {

    private static final Scenario SCENARIO = ScenarioLoader.parse("t.json", """
            {"scenarios": [{"id": "s", "agent": "finance", "description": "d", "turns": [{"user": "x"}]}]}""").get(0);

    private static TurnResult turn(TurnScore score, long tokens, long ms, Optional<ModelCost> cost) {
        return new TurnResult(new TurnTrace("a", StopReason.COMPLETED, List.of(), 2, new Usage(tokens, 0, tokens), cost, ms),
                score);
    }

    @Test
    void poolsCountsOverEveryTurnAndTakesTheMedianTurnTime() {
        ModelCost cent = new ModelCost(new BigDecimal("0.01"), Currency.getInstance("USD"));
        ScenarioResult passed = new ScenarioResult(SCENARIO, "m", List.of(
                turn(new TurnScore(2, 2, 1, 3, List.of()), 100, 30, Optional.of(cent)),
                turn(new TurnScore(1, 1, 1, 1, List.of()), 50, 10, Optional.of(cent))));
        ScenarioResult failed = new ScenarioResult(SCENARIO, "m", List.of(
                turn(new TurnScore(1, 0, 0, 0, List.of("missing call x")), 25, 20, Optional.empty())));

        ModelSummary s = ModelSummary.of("m", List.of(passed, failed));

        assertThat(s.passed()).isEqualTo(1);
        assertThat(s.passRate()).isEqualTo(0.5);
        assertThat(s.precision()).hasValueSatisfying(p -> assertThat(p).isCloseTo(3.0 / 4, within(1e-9)));
        assertThat(s.recall()).hasValueSatisfying(r -> assertThat(r).isCloseTo(3.0 / 4, within(1e-9)));
        assertThat(s.argumentAccuracy()).hasValueSatisfying(a -> assertThat(a).isCloseTo(2.0 / 3, within(1e-9)));
        assertThat(s.steps()).isEqualTo(6);
        assertThat(s.tokens()).isEqualTo(175);
        assertThat(s.cost()).hasValueSatisfying(c -> assertThat(c.amount()).isEqualByComparingTo("0.02"));
        assertThat(s.p50TurnMs()).isEqualTo(20);
        assertThat(s.totalMs()).isEqualTo(60);
    }

    @Test
    void leavesRatiosEmptyWhenNothingWasExpectedOrCalled() {
        ScenarioResult refusal = new ScenarioResult(SCENARIO, "m", List.of(
                turn(new TurnScore(0, 0, 0, 0, List.of()), 0, 5, Optional.empty())));

        ModelSummary s = ModelSummary.of("m", List.of(refusal));

        assertThat(s.precision()).isEmpty();
        assertThat(s.recall()).isEmpty();
        assertThat(s.argumentAccuracy()).isEmpty();
        assertThat(s.cost()).isEmpty();
        assertThat(ReportTable.percent(s.precision())).isEqualTo("-");
    }
}
