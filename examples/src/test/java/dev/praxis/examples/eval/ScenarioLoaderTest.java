package dev.praxis.examples.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private static String file(String scenario) {
        return "{\"scenarios\": [" + scenario + "]}";
    }

    @Test
    void readsMatchersApprovalsAndMergesScenarioLevelRulesIntoEachTurn() {
        Scenario s = ScenarioLoader.parse("f.json", file("""
                {"id": "buy", "agent": "finance", "description": "d", "approvals": {"execute_trade": "deny"},
                 "forbid_calls": ["cancel_order"],
                 "turns": [{"user": "buy 2 AAPL", "expect_calls": [{"tool": "preview_trade",
                              "args": {"symbol": "AAPL", "quantity": {"number": 2}, "side": {"regex": "(?i)buy"}}}]},
                           {"user": "yes", "approvals": {"execute_trade": "approve"}, "forbid_calls": ["ask_shop"],
                            "expect_calls": [{"tool": "execute_trade", "args": {"approval_token": {"any": true}}, "outcome": "ok"}]}]}""")).get(0);

        assertThat(s.session()).isEqualTo("eval-buy");
        assertThat(s.turns().get(0).approvals()).isEqualTo(Map.of("execute_trade", Approval.DENY));
        assertThat(s.turns().get(1).approvals()).isEqualTo(Map.of("execute_trade", Approval.APPROVE));
        assertThat(s.turns().get(1).forbidCalls()).containsExactlyInAnyOrder("cancel_order", "ask_shop");
        assertThat(s.turns().get(0).expectCalls().get(0).arguments()).hasEntrySatisfying("symbol",
                m -> assertThat(m).isInstanceOf(ArgumentMatcher.Exact.class)).hasEntrySatisfying("quantity",
                m -> assertThat(m).isInstanceOf(ArgumentMatcher.Near.class)).hasEntrySatisfying("side",
                m -> assertThat(m).isInstanceOf(ArgumentMatcher.Regex.class));
        assertThat(s.turns().get(1).expectCalls().get(0).outcome()).contains(dev.praxis.tool.ToolResult.Outcome.OK);
    }

    @Test
    void rejectsAnUnknownKeyNamingTheFileAndThePlace() {
        assertThatThrownBy(() -> ScenarioLoader.parse("shop.json", file("""
                {"id": "s1", "agent": "shop", "description": "d", "turns": [{"user": "hi", "expect_call": []}]}""")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("shop.json: scenarios[0] (s1).turns[0]: unknown key 'expect_call'");
    }

    @Test
    void rejectsBadMatchersApprovalsAgentsAndRegexes() {
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", file("""
                {"id": "s", "agent": "finance", "description": "d", "turns": [{"user": "x",
                 "expect_calls": [{"tool": "t", "args": {"a": {"number": 1, "regex": "x"}}}]}]}""")))
                .hasMessageContaining("args.a: a matcher is one of");
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", file("""
                {"id": "s", "agent": "finance", "description": "d", "approvals": {"execute_trade": "yes"}, "turns": [{"user": "x"}]}""")))
                .hasMessageContaining("approvals.execute_trade: must be \"approve\" or \"deny\"");
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", file("""
                {"id": "s", "agent": "travel", "description": "d", "turns": [{"user": "x"}]}""")))
                .hasMessageContaining("unknown agent 'travel'");
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", file("""
                {"id": "s", "agent": "shop", "description": "d", "turns": [{"user": "x", "expect_facts": [{"regex": "("}]}]}""")))
                .hasMessageContaining("expect_facts[0].regex: is not a valid regular expression");
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", file("""
                {"id": "s", "agent": "shop", "description": "d", "turns": [{"user": "x",
                 "expect_calls": [{"tool": "place_order"}], "forbid_calls": ["place_order"]}]}""")))
                .hasMessageContaining("'place_order' is both expected and forbidden");
        assertThatThrownBy(() -> ScenarioLoader.parse("f.json", "{\"scenarios\": [}"))
                .hasMessageContaining("f.json: not valid JSON");
    }

    @Test
    void rejectsRepeatedIdsAcrossFilesOfADirectory() throws Exception {
        String scenario = file("{\"id\": \"same\", \"agent\": \"shop\", \"description\": \"d\", \"turns\": [{\"user\": \"x\"}]}");
        Files.writeString(dir.resolve("a.json"), scenario);
        Files.writeString(dir.resolve("b.json"), scenario);

        assertThatThrownBy(() -> ScenarioLoader.load(dir.toString())).hasMessageContaining("'same' is used twice");
    }

    @Test
    void refusesAFileLargerThanTheLimitAndAPathThatDoesNotExist() throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, " ".repeat(ScenarioLoader.MAX_FILE_BYTES + 1));

        assertThatThrownBy(() -> ScenarioLoader.load(big.toString())).hasMessageContaining("larger than");
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("nope").toString()))
                .hasMessageContaining("no such file or directory");
    }

    @Test
    void shipsAtLeastFortyLabelledScenariosCoveringEveryAgentApprovalAndLanguage() {
        List<Scenario> builtin = ScenarioLoader.load(ScenarioLoader.BUILTIN);

        assertThat(builtin).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Long> perAgent = builtin.stream().collect(Collectors.groupingBy(Scenario::agent, Collectors.counting()));
        assertThat(perAgent.keySet()).containsExactlyInAnyOrder("finance", "shop", "support");
        assertThat(perAgent.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        Set<String> tags = builtin.stream().flatMap(s -> s.tags().stream()).collect(Collectors.toSet());
        assertThat(tags).contains("de", "es", "zh", "multi-turn", "approval-approve", "approval-deny", "refusal",
                "forbidden", "ask-missing", "hypothetical", "typo", "need");
        List<Approval> decisions = builtin.stream().flatMap(s -> s.turns().stream())
                .flatMap(t -> t.approvals().values().stream()).toList();
        assertThat(decisions).contains(Approval.APPROVE, Approval.DENY);
        assertThat(builtin).filteredOn(s -> s.turns().size() > 1).hasSizeGreaterThanOrEqualTo(10);
    }
}
