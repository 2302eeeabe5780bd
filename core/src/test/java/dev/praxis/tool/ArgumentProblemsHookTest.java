package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A tool's own argument problems are reported like the toolbox's, and the tool never runs. */
class ArgumentProblemsHookTest {

    private final AtomicInteger runs = new AtomicInteger();

    private final Tool evenOnly = new Tool() {
        private final ToolSpec spec = ToolSpec.of("halve", "Halves an even number",
                JsonObjectSchema.builder().addIntegerProperty("n").required("n").build(), SideEffect.READ_ONLY);

        @Override
        public ToolSpec spec() {
            return spec;
        }

        @Override
        public Object execute(JsonNode arguments, ToolContext context) {
            runs.incrementAndGet();
            return arguments.get("n").asInt() / 2;
        }

        @Override
        public List<String> argumentProblems(JsonNode arguments) {
            return arguments.get("n").asInt() % 2 == 0 ? List.of() : List.of("n: must be even");
        }
    };

    @Test
    void refusesArgumentsTheToolReportsBeforeRunningIt() {
        ToolResult result = ToolBox.of(evenOnly).call("halve", "{\"n\": 3}", ToolContext.standalone());

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).isEqualTo("invalid arguments for halve: n: must be even");
        assertThat(runs).hasValue(0);
    }

    @Test
    void asksTheToolOnlyAfterTheSpecChecksPass() {
        ToolResult result = ToolBox.of(evenOnly).call("halve", "{}", ToolContext.standalone());

        assertThat(result.error()).contains("n: required");
        assertThat(ToolBox.of(evenOnly).call("halve", "{\"n\": 4}", ToolContext.standalone()).result().asInt())
                .isEqualTo(2);
    }
}
