package dev.praxis.healthcare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls healthcare tools the way a model does: by name with JSON arguments, through a {@link ToolBox}. */
public final class ToolCalls {

    private final ToolBox box = ToolBox.of(HealthcarePack.tools());

    /** The result of a call that must succeed. */
    public JsonNode ok(String tool, String json) {
        ToolResult result = box.call(tool, json, ToolContext.standalone());
        assertThat(result.isOk()).as("%s %s -> %s", tool, json, result.error()).isTrue();
        return result.result();
    }

    /** The error message of a call that must fail cleanly. */
    public String error(String tool, String json) {
        ToolResult result = box.call(tool, json, ToolContext.standalone());
        assertThat(result.outcome()).as("%s %s -> %s", tool, json, result.result()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(result.error()).doesNotContain("Exception").doesNotContain("\tat ");
        return result.error();
    }

    /** A decimal field of a result, for comparison by value ({@code 69} equals {@code 69.0}). */
    public static BigDecimal decimal(JsonNode result, String field) {
        assertThat(result.has(field)).as("%s has %s", result, field).isTrue();
        return result.get(field).decimalValue();
    }
}
