package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.memory.store.FileConversationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, offline (the default model), as the README's quick start runs it. */
class OfflineCliTest {

    @TempDir
    Path dataDir;

    @Test
    void answersTheQuickStartQuestionOffline() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance",
                "What is the monthly payment on a 300000 loan at 6.5% over 30 years?");

        assertThat(run.exitCode()).isZero();
        // 300,000 at 6.5 %/12 over 360 months: PMT = 1,896.20 (spreadsheet PMT(0.065/12, 360, -300000)).
        assertThat(run.out()).contains("1896.20").contains("not financial advice");
        assertThat(run.err()).contains("loan_payment");
    }

    @Test
    void printsTheRunRecordWithJson() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--json",
                "Convert 250 USD to EUR");

        assertThat(run.exitCode()).isZero();
        JsonNode record = PraxisJson.parse(run.out());
        assertThat(record.get("stop_reason").asText()).isEqualTo("COMPLETED");
        assertThat(record.get("tool_calls").get(0).get("name").asText()).isEqualTo("convert_currency");
        assertThat(record.get("tool_calls").get(0).get("outcome").asText()).isEqualTo("ok");
        assertThat(record.get("tool_calls").get(0).get("arguments").get("amount").decimalValue()).isEqualByComparingTo("250");
        assertThat(record.has("model_calls")).isTrue();
        assertThat(record.has("usage")).isTrue();
    }

    @Test
    void keepsASessionAcrossInvocations() {
        CliRun first = CliRun.run(dataDir, "ask", "--agent", "finance", "--session", "s-1", "--json", "Quote for AAPL");
        CliRun second = CliRun.run(dataDir, "ask", "--agent", "finance", "--session", "s-1", "--json", "Quote for MSFT");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        try (FileConversationStore store = FileConversationStore.open(dataDir.resolve("sessions"))) {
            assertThat(store.load("s-1").messages()).extracting(m -> m.getClass().getSimpleName())
                    .containsExactly("UserMessage", "AiMessage", "ToolExecutionResultMessage", "AiMessage",
                            "UserMessage", "AiMessage", "ToolExecutionResultMessage", "AiMessage");
        }
    }

    @Test
    void listsEveryToolAsJsonWithSchemaAndSideEffect() {
        CliRun run = CliRun.run(dataDir, "tools", "list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode tools = PraxisJson.parse(run.out());
        Set<String> names = new HashSet<>();
        tools.forEach(t -> {
            assertThat(t.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "description", "side_effect", "parameters");
            assertThat(t.get("parameters").get("type").asText()).isEqualTo("object");
            names.add(t.get("name").asText());
        });
        assertThat(names).contains("loan_payment", "search_products", "place_order", "execute_trade", "issue_refund");
        assertThat(tools).filteredOn(t -> t.get("name").asText().equals("place_order"))
                .singleElement().satisfies(t -> assertThat(t.get("side_effect").asText()).isEqualTo("IRREVERSIBLE"));
    }

    @Test
    void callsAToolDirectlyAndPrintsJson() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment",
                "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}");

        assertThat(run.exitCode()).isZero();
        assertThat(PraxisJson.parse(run.out()).get("monthly_payment").get("amount").textValue()).isEqualTo("1896.20");
    }

    @Test
    void rejectsBadToolInputWithOneLineAndExitCode2() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "{\"principal\": -5}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: invalid arguments for loan_payment")
                .contains("principal: must be >= 0.01");
    }

    @Test
    void rejectsMisspeltArgumentWithDidYouMeanAndExitCode2() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "future_value",
                "{\"annual_rate\": 5, \"periods\": 10, \"pv\": -1000}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n")
                .contains("unknown key 'pv' (did you mean 'present_value'?)").contains("allowed keys: annual_rate");
    }

    @Test
    void rejectsRepeatedKeysAndTrailingTextWithExitCode2() {
        CliRun repeated = CliRun.run(dataDir, "tools", "call", "loan_payment",
                "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360, \"term_months\": 12}");
        CliRun trailing = CliRun.run(dataDir, "tools", "call", "loan_payment",
                "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360} x");

        assertThat(repeated.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(repeated.err()).contains("duplicate key 'term_months'");
        assertThat(trailing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(trailing.err()).contains("trailing text");
    }

    @Test
    void listsSizeLimitsInTheToolSchemas() {
        JsonNode tools = PraxisJson.parse(CliRun.run(dataDir, "tools", "list", "--json").out());

        assertThat(tools).filteredOn(t -> t.get("name").asText().equals("xnpv")).singleElement().satisfies(t -> {
            assertThat(t.at("/parameters/additionalProperties").booleanValue()).isFalse();
            assertThat(t.at("/parameters/properties/flows/maxItems").intValue()).isEqualTo(1200);
            assertThat(t.at("/parameters/properties/flows/items/properties/date/maxLength").isInt()).isTrue();
        });
    }

    @Test
    void rejectsUnknownToolAndMalformedJson() {
        assertThat(CliRun.run(dataDir, "tools", "call", "no_such_tool", "{}").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun malformed = CliRun.run(dataDir, "tools", "call", "loan_payment", "{principal: ");
        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(malformed.err()).contains("not valid JSON");
    }

    @Test
    void refusesIrreversibleToolCallUnderApproveNever() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "--approve", "never", "execute_trade",
                "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":1,\"approval_token\":\"x\",\"idempotency_key\":\"k1\"}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DENIED);
        assertThat(run.err()).contains("denied").contains("nothing was done");
    }

    @Test
    void rejectsUnknownAgentAndUnknownOption() {
        CliRun agent = CliRun.run(dataDir, "ask", "--agent", "travel", "hi");
        assertThat(agent.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(agent.err()).contains("unknown agent 'travel'").doesNotContain("\tat ");
        assertThat(CliRun.run(dataDir, "ask", "--agentt", "finance", "hi").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void listsTheAgents() {
        CliRun run = CliRun.run(dataDir, "agents");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("finance").contains("shop").contains("support");
    }

    @Test
    void chatsUntilExit() {
        CliRun run = CliRun.run(dataDir, "What is the effective annual rate of 12% compounded monthly?\n/exit\n", Map.of(),
                "chat", "--agent", "finance");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Chatting with finance").contains("effective_rate");
        // EFFECT(12%, 12) = 12.6825 % (spreadsheet EFFECT documentation).
        assertThat(run.out()).contains("12.68");
    }

    @Test
    void supportRoutesCurrencyQuestionsToFinanceAndProductSearchesToShop() {
        JsonNode money = PraxisJson.parse(CliRun.run(dataDir, "ask", "--agent", "support", "--json",
                "How much is 100 GBP in JPY?").out());
        JsonNode shoes = PraxisJson.parse(CliRun.run(dataDir, "ask", "--agent", "support", "--json",
                "Find waterproof trail running shoes under 150 dollars").out());

        assertThat(money.get("tool_calls")).extracting(c -> c.get("name").asText()).containsExactly("convert_currency", "ask_finance");
        assertThat(shoes.get("tool_calls")).extracting(c -> c.get("name").asText()).containsExactly("search_products", "ask_shop");
    }

    @Test
    void supportRoutesToTheRightSpecialistOffline() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "support", "--json",
                "What is the monthly payment on a 20000 loan at 5% over 4 years?");

        JsonNode record = PraxisJson.parse(run.out());
        assertThat(record.get("tool_calls")).extracting(c -> c.get("name").asText()).contains("ask_finance", "loan_payment");
    }
}
