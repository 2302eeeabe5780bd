package dev.praxis.examples.eval;

import dev.praxis.agent.StopReason;
import dev.praxis.agent.Usage;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.praxis.examples.eval.Traces.call;
import static dev.praxis.examples.eval.Traces.completed;
import static dev.praxis.examples.eval.Traces.turn;
import static org.assertj.core.api.Assertions.assertThat;

class TurnScorerTest {

    private static final Turn LOAN = turn("""
            {"user": "Payment on 300000 at 6.5% over 30 years?",
             "expect_calls": [{"tool": "loan_payment",
                               "args": {"principal": 300000, "annual_rate": {"number": 6.5, "tolerance": 0.01},
                                        "term_months": {"number": 360}}}],
             "expect_facts": [{"number": 1896.20, "tolerance": 0.01}]}""");

    @Test
    void passesTheRightCallWithTheFactInTheAnswer() {
        TurnScore score = TurnScorer.score(LOAN, completed("Your payment is 1,896.20 USD a month.",
                call("loan_payment", "{\"principal\": 300000.0, \"annual_rate\": 6.5, \"term_months\": 360}")));

        assertThat(score.failures()).isEmpty();
        assertThat(score).usingRecursiveComparison().isEqualTo(new TurnScore(1, 1, 1, 1, List.of()));
    }

    @Test
    void acceptsNumbersSentAsTextAndWithinTolerance() {
        TurnScore score = TurnScorer.score(LOAN, completed("1896.2",
                call("loan_payment", "{\"principal\": \"300000\", \"annual_rate\": 6.509, \"term_months\": 360}")));

        assertThat(score.passed()).isTrue();
    }

    @Test
    void countsAWrongArgumentAgainstArgumentAccuracyButNotRecall() {
        TurnScore score = TurnScorer.score(LOAN, completed("1,896.20",
                call("loan_payment", "{\"principal\": 30000, \"annual_rate\": 6.52, \"term_months\": 360}")));

        assertThat(score.found()).isEqualTo(1);
        assertThat(score.argumentsOk()).isZero();
        assertThat(score.failures()).containsExactly(
                "loan_payment: annual_rate expected 6.5 ± 0.01, got 6.52; principal expected 300000, got 30000");
    }

    @Test
    void missingArgumentAndMissingCallAreFailures() {
        TurnScore missingArgument = TurnScorer.score(LOAN, completed("1896.20",
                call("loan_payment", "{\"principal\": 300000, \"annual_rate\": 6.5}")));
        TurnScore missingCall = TurnScorer.score(LOAN, completed("1896.20"));

        assertThat(missingArgument.failures()).containsExactly("loan_payment: term_months expected 360 ± 0, got nothing");
        assertThat(missingCall.failures()).containsExactly("missing call loan_payment");
        assertThat(missingCall).usingRecursiveComparison().ignoringFields("failures")
                .isEqualTo(new TurnScore(1, 0, 0, 0, List.of()));
    }

    @Test
    void creditsTheRightCallWhenTheToolWasCalledTwiceAndCountsTheOtherAgainstPrecision() {
        TurnScore score = TurnScorer.score(LOAN, completed("1,896.20",
                call("loan_payment", "{\"principal\": 3000, \"annual_rate\": 6.5, \"term_months\": 360}"),
                call("loan_payment", "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}")));

        assertThat(score.passed()).isTrue();
        assertThat(score).usingRecursiveComparison().isEqualTo(new TurnScore(1, 1, 1, 2, List.of()));
    }

    @Test
    void allowedExtraCallsCountNeitherForNorAgainstPrecisionButOtherExtrasDo() {
        Turn turn = turn("""
                {"user": "Convert 250 USD to EUR", "allow_calls": ["fx_rate"],
                 "expect_calls": [{"tool": "convert_currency", "args": {"amount": 250, "to_currency": {"regex": "(?i)^eur$"}}}]}""");

        TurnScore score = TurnScorer.score(turn, completed("230.00 EUR",
                call("fx_rate", "{\"base_currency\": \"USD\", \"quote_currency\": \"EUR\"}"),
                call("convert_currency", "{\"amount\": 250, \"from_currency\": \"USD\", \"to_currency\": \"eur\"}"),
                call("stock_quote", "{\"symbol\": \"EUR\"}")));

        assertThat(score).usingRecursiveComparison().isEqualTo(new TurnScore(1, 1, 1, 2, List.of()));
    }

    @Test
    void anyMatcherNeedsTheArgumentPresentAndNotNull() {
        Turn turn = turn("""
                {"user": "hand me to a person", "expect_calls": [{"tool": "handoff_to_human", "args": {"reason": {"any": true}}}]}""");

        assertThat(TurnScorer.score(turn, completed("ok", call("handoff_to_human", "{\"reason\": \"asked\"}"))).passed()).isTrue();
        assertThat(TurnScorer.score(turn, completed("ok", call("handoff_to_human", "{\"reason\": null}"))).failures())
                .containsExactly("handoff_to_human: reason expected any, got null");
    }

    @Test
    void exactObjectAndArrayArgumentsCompareNumbersByValue() {
        Turn turn = turn("""
                {"user": "npv", "expect_calls": [{"tool": "npv", "args": {"cash_flows": {"exact": [-10000, 3000]}}}]}""");

        assertThat(TurnScorer.score(turn, completed("", call("npv", "{\"cash_flows\": [-10000.00, 3000]}"))).passed()).isTrue();
        assertThat(TurnScorer.score(turn, completed("", call("npv", "{\"cash_flows\": [3000]}"))).passed()).isFalse();
        assertThat(TurnScorer.score(turn, completed("", call("npv", "{\"cash_flows\": [3000, -10000]}"))).passed()).isFalse();
    }

    @Test
    void forbiddenCallFailsTheTurnEvenWhenTheApprovalDeniedIt() {
        Turn turn = turn("""
                {"user": "What would 2 AAPL cost?", "forbid_calls": ["execute_trade"],
                 "expect_calls": [{"tool": "preview_trade"}]}""");

        TurnScore score = TurnScorer.score(turn, completed("about 615 USD",
                call("preview_trade", "{\"symbol\": \"AAPL\"}"),
                call("execute_trade", "{\"symbol\": \"AAPL\"}", ToolResult.Outcome.DENIED)));

        assertThat(score.failures()).containsExactly("forbidden call execute_trade (denied)");
        assertThat(score.counted()).isEqualTo(2);
    }

    @Test
    void wildcardForbidsEveryCallThatIsNeitherExpectedNorAllowed() {
        Turn refusal = turn("{\"user\": \"tell me a joke\", \"forbid_calls\": [\"*\"], \"allow_calls\": [\"search_policies\"]}");

        assertThat(TurnScorer.score(refusal, completed("I only help with money.")).passed()).isTrue();
        assertThat(TurnScorer.score(refusal, completed("", call("search_policies", "{}"))).passed()).isTrue();
        assertThat(TurnScorer.score(refusal, completed("", call("paper_account_summary", "{}"))).failures())
                .containsExactly("forbidden call paper_account_summary (ok)");
    }

    @Test
    void deniedOutcomeIsRequiredWhenTheScenarioDeniedTheApproval() {
        Turn turn = turn("""
                {"user": "yes", "approvals": {"execute_trade": "deny"},
                 "expect_calls": [{"tool": "execute_trade", "outcome": "denied"}],
                 "expect_facts": [{"regex": "(?i)\\\\bnot\\\\b"}], "forbid_facts": ["executed"]}""");

        TurnScore denied = TurnScorer.score(turn, completed("The trade was not made.",
                call("execute_trade", "{}", ToolResult.Outcome.DENIED)));
        TurnScore ran = TurnScorer.score(turn, completed("Done: executed 2 AAPL.",
                call("execute_trade", "{}", ToolResult.Outcome.OK)));

        assertThat(denied.passed()).isTrue();
        assertThat(ran.failures()).containsExactly("execute_trade: outcome ok, expected denied",
                "answer lacks /(?i)\\bnot\\b/", "answer states \"executed\"");
        assertThat(ran.argumentsOk()).isEqualTo(1);
    }

    @Test
    void factsMatchTextIgnoringCaseRegexAndNumbersWithThousandsSeparators() {
        assertThat(new FactMatcher.Text("Sample").foundIn("sample data")).isTrue();
        assertThat(new FactMatcher.Regex(java.util.regex.Pattern.compile("19[,.]?177")).foundIn("19,177 JPY")).isTrue();
        FactMatcher.Number payment = new FactMatcher.Number(new java.math.BigDecimal("1896.20"), new java.math.BigDecimal("0.01"));
        assertThat(payment.foundIn("You pay 1,896.20 USD")).isTrue();
        assertThat(payment.foundIn("You pay 1896.2")).isTrue();
        assertThat(payment.foundIn("You pay 1,896.25 USD")).isFalse();
        assertThat(payment.foundIn("6.5% over 360 months")).isFalse();
    }

    @Test
    void aRunThatDidNotCompleteFailsWhateverItCalled() {
        TurnTrace stopped = new TurnTrace("stopped after 8 model calls", StopReason.STEP_LIMIT,
                List.of(call("loan_payment", "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}")),
                8, Usage.ZERO, Optional.empty(), 900);

        assertThat(TurnScorer.score(LOAN, stopped).failures())
                .containsExactly("run ended STEP_LIMIT: stopped after 8 model calls", "answer lacks 1896.20 ± 0.01");
    }
}
