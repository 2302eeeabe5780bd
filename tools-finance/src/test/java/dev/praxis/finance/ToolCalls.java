package dev.praxis.finance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls finance tools the way a model does: by name with JSON arguments, through a {@link ToolBox}. */
public final class ToolCalls {

    /** 2026-01-02T10:00Z: a fixed instant so that token expiry is deterministic. */
    public static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");

    private final ToolBox box;

    public ToolCalls(ToolBox box) {
        this.box = box;
    }

    /** The default pack on a fixed clock. */
    public static ToolCalls defaults() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ToolCalls(ToolBox.of(FinancePack.builder().clock(clock).approvals(approvals(clock)).build().toolList()));
    }

    /** Approval tokens under a fixed test key, used tokens in memory. */
    public static dev.praxis.approval.ActionTokens approvals(Clock clock) {
        return new dev.praxis.approval.ActionTokens(dev.praxis.approval.TokenKey.of(new byte[32]),
                dev.praxis.approval.UsedTokens.inMemory(clock), clock);
    }

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
}
