package dev.praxis.memory.longterm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryToolsTest {

    private final LongTermMemory memory = LongTermMemory.create(LongTermMemoryTest.MINI_LM,
            new InMemoryEmbeddingStore<>());

    private static JsonNode ok(ToolResult result) {
        assertThat(result.outcome()).as(String.valueOf(result.error())).isEqualTo(ToolResult.Outcome.OK);
        return result.result();
    }

    @Test
    void declaresTheThreeToolsWithTheirSideEffects() {
        Map<String, SideEffect> tools = Tools.from(MemoryTools.forUser(memory, "alice")).stream()
                .collect(Collectors.toMap(Tool::name, t -> t.spec().sideEffect()));

        assertThat(tools).isEqualTo(Map.of("remember_fact", SideEffect.REVERSIBLE,
                "forget_fact", SideEffect.REVERSIBLE, "recall_facts", SideEffect.READ_ONLY));
    }

    @Test
    void remembersRecallsAndForgetsForTheFixedUser() {
        ToolBox tools = ToolBox.of(Tools.from(MemoryTools.forUser(memory, "alice")));
        ToolContext context = new ToolContext("session-1", "call_1");

        JsonNode remembered = ok(tools.call("remember_fact", "{\"fact\":\"ships to Berlin\"}", context));
        JsonNode recalled = ok(tools.call("recall_facts", "{\"query\":\"delivery city\",\"limit\":3}", context));
        JsonNode forgotten = ok(tools.call("forget_fact", "{\"fact_or_id\":\"" + remembered.get("fact_id").asText()
                + "\"}", context));

        assertThat(remembered.get("fact").asText()).isEqualTo("ships to Berlin");
        assertThat(recalled.get("facts").get(0).get("fact").asText()).isEqualTo("ships to Berlin");
        assertThat(forgotten.get("forgotten").get(0).asText()).isEqualTo("ships to Berlin");
        assertThat(memory.recall("alice", "Berlin", 5)).isEmpty();
    }

    @Test
    void actsForTheSessionsUserWhenBuiltForSessionUsers() {
        ToolBox tools = ToolBox.of(Tools.from(MemoryTools.forRunUser(memory)));

        ok(tools.call("remember_fact", "{\"fact\":\"risk tolerance: low\"}", new ToolContext("alice", "c1")));
        JsonNode bobsFacts = ok(tools.call("recall_facts", "{\"query\":\"risk tolerance\"}", new ToolContext("bob", "c2")));
        JsonNode bobForgets = ok(tools.call("forget_fact", "{\"fact_or_id\":\"risk tolerance: low\"}",
                new ToolContext("bob", "c3")));

        assertThat(bobsFacts.get("facts")).isEmpty();
        assertThat(bobForgets.get("forgotten")).isEmpty();
        assertThat(memory.recall("alice", "risk", 5)).extracting(r -> r.fact().text())
                .isEqualTo(List.of("risk tolerance: low"));
    }

    @Test
    void reportsBadArgumentsToTheModel() {
        ToolBox tools = ToolBox.of(Tools.from(MemoryTools.forUser(memory, "alice")));

        ToolResult blank = tools.call("remember_fact", "{\"fact\":\"  \"}", ToolContext.standalone());
        ToolResult tooMany = tools.call("recall_facts", "{\"query\":\"x\",\"limit\":99}", ToolContext.standalone());

        assertThat(blank.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(blank.error()).contains("fact");
        assertThat(tooMany.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(tooMany.error()).contains("limit");
    }
}
