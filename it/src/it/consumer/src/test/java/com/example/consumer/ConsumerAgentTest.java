package com.example.consumer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.finance.FinancePack;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.Models;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Praxis as a user's build sees it: the BOM's artifacts, no -parameters. */
class ConsumerAgentTest {

    private static final String EXPENSE_CALL = "{\"amount\": {\"value\": 80, \"currency\": \"EUR\"}, "
            + "\"category\": \"MEALS\", \"spent_on\": \"2026-03-01\", \"tip_percent\": 15}";

    /** A tool as a user might first write it: described, but not named, parameters. */
    static final class UnnamedTool {
        @ToolFunction(name = "double_it", description = "Doubles a number")
        public int doubleIt(@Param("The number") int n) {
            return 2 * n;
        }
    }

    @Test
    void thisBuildHasNoParameterNamesSoAnUnnamedParameterIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Tools.from(new UnnamedTool()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compiled without -parameters");
    }

    @Test
    void namedParametersGiveTheSchemaTheirNames() {
        List<Tool> tools = Tools.from(new ExpenseTool());

        assertThat(tools).hasSize(1);
        String schema = tools.get(0).spec().jsonSchema().toString();
        assertThat(schema).contains("amount", "category", "spent_on", "tip_percent", "currency", "MEALS");
    }

    @Test
    void scriptedAgentCallsTheToolWithARecordAnEnumADecimalAndADate() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("file_expense", EXPENSE_CALL),
                ScriptedChatModel.answer("Filed: 92.00 EUR, payable on 31 March."));
        AuditedConversationStore store = new AuditedConversationStore();
        List<Tool> tools = new ArrayList<>(Tools.from(new ExpenseTool()));
        tools.addAll(FinancePack.tools());

        RunRecord record = Agent.builder().name("expenses").model(model).tools(tools)
                .memory(StoredConversationMemory.of(store, HistoryPolicy.lastMessages(20))).build()
                .run("s1", "File my 80 EUR dinner with a 15% tip");

        assertThat(record.completed()).isTrue();
        var claim = record.toolCalls().get(0).result();
        assertThat(claim.get("total").decimalValue()).isEqualByComparingTo("92.00");
        assertThat(claim.get("category").asText()).isEqualTo("MEALS");
        assertThat(claim.get("payable_on").asText()).isEqualTo("2026-03-31");
        assertThat(record.answer()).isEqualTo("Filed: 92.00 EUR, payable on 31 March.");
        assertThat(store.messagesWritten()).isEqualTo(4);
    }

    @Test
    void wrapsAPlainChatModelThatWritesToolCallsAsText() {
        AtomicInteger calls = new AtomicInteger();
        ChatModel plain = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                String text = calls.getAndIncrement() == 0
                        ? "<tool_call>\n{\"name\": \"file_expense\", \"arguments\": " + EXPENSE_CALL + "}\n</tool_call>"
                        : "Filed.";
                return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
            }
        };
        TokenStreamingModel model = Models.wrap(plain, ModelOptions.defaults());

        RunRecord record = Agent.builder().name("expenses").model(model).tools(Tools.from(new ExpenseTool())).build()
                .run("s1", "File my 80 EUR dinner with a 15% tip");

        assertThat(record.toolCalls()).hasSize(1);
        assertThat(record.toolCalls().get(0).result().get("total").decimalValue()).isEqualByComparingTo("92.00");
        assertThat(record.answer()).isEqualTo("Filed.");
    }
}
