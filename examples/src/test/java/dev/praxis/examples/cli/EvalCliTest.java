package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.praxis.examples.ExampleRuntime;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code praxis eval} end to end on the offline model: three scenarios whose outcome on the offline model is known
 * (it maps one message to one tool call and cannot refuse), the printed table and the JSON report.
 */
class EvalCliTest {

    @TempDir
    Path dir;

    /**
     * The quick-start loan (offline passes: PMT = 1,896.20), the same question with its tool forbidden (offline
     * fails: it calls the tool), and a savings follow-up whose second turn is labelled -350 where the user says 300,
     * so that turn 2 fails whatever the model does (the report must name the turn).
     */
    static final String SCENARIOS = """
            {"scenarios": [
              {"id": "loan", "agent": "finance", "description": "quick start",
               "turns": [{"user": "What is the monthly payment on a 300000 loan at 6.5% over 30 years?",
                          "expect_calls": [{"tool": "loan_payment", "args": {"principal": 300000, "annual_rate": 6.5, "term_months": 360}}],
                          "expect_facts": [{"number": 1896.20, "tolerance": 0.01}]}]},
              {"id": "forbidden", "agent": "finance", "description": "a call the scenario forbids",
               "turns": [{"user": "What is the monthly payment on a 200000 loan at 5% over 20 years?",
                          "forbid_calls": ["loan_payment"]}]},
              {"id": "savings", "agent": "finance", "description": "follow-up",
               "turns": [{"user": "If I put 200 a month into savings at 4% a year, how much will I have after 10 years?",
                          "expect_calls": [{"tool": "future_value", "args": {"payment": -200, "periods": 120}}],
                          "expect_facts": [{"number": 29449.96, "tolerance": 0.01}]},
                         {"user": "and if I made it 300 a month instead?",
                          "expect_calls": [{"tool": "future_value", "args": {"payment": -350}}]}]}
            ]}""";

    /** Runs {@code praxis eval ...} in-process; eval keeps nothing on disk, so it takes no --data-dir. */
    static CliRun eval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), false, Map.of());
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = PraxisCommand.execute(terminal, ExampleRuntime::open, all);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void printsTheTableAndWritesTheJsonReportForTheOfflineModel() throws Exception {
        Path scenarios = Files.writeString(dir.resolve("s.json"), SCENARIOS);
        Path report = dir.resolve("report.json");

        CliRun run = eval(scenarios.toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("praxis eval: 3 scenarios per model")
                .containsPattern("model\\s+passed\\s+rate\\s+precision\\s+recall\\s+args\\s+steps\\s+tokens\\s+cost\\s+p50 turn\\s+total")
                .containsPattern("offline\\s+1/3\\s+33\\.3%\\s+")
                .containsPattern("passed by agent\\s+finance\\n+offline\\s+1/3");
        assertThat(run.err()).contains("[offline] loan PASS", "[offline] forbidden FAIL: turn 1: forbidden call",
                "[offline] savings FAIL: turn 2: ");
        JsonNode json = PraxisJson.parse(Files.readString(report));
        JsonNode model = json.get("models").get(0);
        assertThat(model.get("model").asText()).isEqualTo("offline");
        assertThat(model.at("/summary/passed").asInt()).isEqualTo(1);
        assertThat(model.at("/summary/scenarios").asInt()).isEqualTo(3);
        assertThat(model.at("/summary/cost").isNull()).isTrue();
        assertThat(model.get("scenarios")).extracting(s -> s.get("id").asText() + "=" + s.get("passed").asBoolean())
                .containsExactly("loan=true", "forbidden=false", "savings=false");
        JsonNode loanTurn = model.at("/scenarios/0/turns/0");
        assertThat(loanTurn.at("/calls/0/tool").asText()).isEqualTo("loan_payment");
        assertThat(loanTurn.at("/calls/0/arguments/principal").decimalValue()).isEqualByComparingTo("300000");
        assertThat(loanTurn.get("answer").asText()).contains("1896.20");
        assertThat(loanTurn.at("/score/found").asInt()).isEqualTo(1);
        assertThat(model.at("/scenarios/2/turns/0/score/passed").asBoolean()).isTrue();
        assertThat(model.at("/scenarios/2/turns/1/score/passed").asBoolean()).isFalse();
    }

    @Test
    void runsOnlyTheScenariosOfTheChosenAgentFromTheJar() {
        CliRun run = eval("builtin", "--agent", "finance", "--filter", "mortgage-quickstart");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("praxis eval: 1 scenarios per model").containsPattern("offline\\s+1/1\\s+100\\.0%");
    }

    @Test
    void refusesABadScenarioFileWithExitCode2AndTheFileAndPlace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"scenarios": [{"id": "x", "agent": "finance", "description": "d", "turns": [{"user": "hi", "expect_fact": []}]}]}""");

        CliRun run = eval(bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad.json: scenarios[0] (x).turns[0]: unknown key 'expect_fact'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesAnUnknownModelSpecAndAFilterThatMatchesNothing() {
        CliRun model = eval("builtin", "--model", "nosuch/model");
        CliRun filter = eval("builtin", "--filter", "no-such-scenario");

        assertThat(model.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(model.err()).contains("--model nosuch/model: unknown model backend 'nosuch'");
        assertThat(filter.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(filter.err()).contains("no scenario in builtin matches --filter no-such-scenario");
    }
}
