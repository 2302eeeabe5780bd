package dev.praxis.examples.custom;

import dev.praxis.agent.Agent;
import dev.praxis.agent.Limits;
import dev.praxis.agent.RunRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.finance.FinancePack;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.ScriptedChatModel;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's code, compiled and run, so the snippets stay true. */
class ReadmeSnippetsTest {

    @TempDir
    Path dir;

    @Test
    void customToolSnippetRunsThroughAnAgent() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("tip", "{\"bill\": 80, \"percent\": 15}"),
                ScriptedChatModel.answer("Leave 12.00; 92.00 in all."));
        RunRecord record = Agent.builder().name("diner").model(model).tools(Tools.from(new TipCalculator())).build()
                .run("s1", "15% tip on 80?");

        assertThat(record.toolCalls().get(0).result().get("tip").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(record.toolCalls().get(0).result().get("total").decimalValue()).isEqualByComparingTo("92.00");
    }

    @Test
    void libraryUsageSnippetRunsOnTheOllamaBackendAndPersistsTheSession() throws Exception {
        MockWebServer server = new MockWebServer();
        server.start();
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(OllamaResponses.toolCalls(
                OllamaResponses.call("loan_payment", "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"))).build());
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(OllamaResponses.answer("About 1,264.14 a month.")).build());
        var model = Models.create(ModelSpec.parse("ollama/qwen2.5:7b"),
                ModelOptions.builder().env(Map.of("PRAXIS_BASE_URL", server.url("/").toString())).build());
        try (server; FileConversationStore store = FileConversationStore.open(dir.resolve("sessions"))) {
            Agent agent = Agent.builder()
                    .name("finance")
                    .instructions("You help with loans. Use the tools for every number.")
                    .model(model)
                    .tools(FinancePack.tools())
                    .memory(StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40)))
                    .approval(ApprovalHandler.denyIrreversible())
                    .limits(Limits.defaults().withMaxModelCalls(8))
                    .disclaimer("This is information, not financial advice.")
                    .build();

            RunRecord record = agent.run("session-1", "Payment on 200k at 6.5% over 30 years?");

            // PMT(6.5%/12, 360, 200000) = 1,264.14 (spreadsheet PMT).
            assertThat(record.toolCalls().get(0).result().get("monthly_payment").get("amount").textValue())
                    .isEqualTo("1264.14");
            assertThat(record.answer()).isEqualTo("About 1,264.14 a month.\n\nThis is information, not financial advice.");
            assertThat(store.load("session-1").messages()).hasSize(4);
        }
    }
}
