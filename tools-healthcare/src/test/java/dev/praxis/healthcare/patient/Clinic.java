package dev.praxis.healthcare.patient;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.TokenKey;
import dev.praxis.approval.UsedTokens;
import dev.praxis.healthcare.HealthcarePack;
import dev.praxis.healthcare.safety.InMemoryAccessLog;
import dev.praxis.healthcare.safety.PatientBindings;
import dev.praxis.healthcare.safety.PhiRedactor;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The patient tools over the synthetic bundle, with an in-memory access log, a fixed clock and test tokens. */
public final class Clinic {

    /** 1 December 2026, noon UTC: the bundle's slots fall in the following fortnight. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    public final PatientRecords records;
    public final InMemoryAccessLog log = new InMemoryAccessLog();
    public final PatientBindings bindings = new PatientBindings(log, CLOCK);
    public final PhiRedactor redactor = new PhiRedactor();
    public final ActionTokens tokens = new ActionTokens(TokenKey.of(new byte[32]), UsedTokens.inMemory(CLOCK), CLOCK);
    public final List<Tool> tools;
    private final ToolBox box;

    public Clinic(boolean disclosePhi) {
        this(PatientRecords.synthetic(), disclosePhi);
    }

    public Clinic(PatientRecords records, boolean disclosePhi) {
        this.records = records;
        this.tools = HealthcarePack.patientTools(records, bindings, redactor, tokens, CLOCK, disclosePhi);
        this.box = ToolBox.of(tools);
    }

    public ToolResult call(String tool, String json, String session, String user) {
        return box.call(tool, json, new ToolContext(session, user, "call-1"));
    }

    public JsonNode ok(String tool, String json, String session, String user) {
        ToolResult result = call(tool, json, session, user);
        assertThat(result.isOk()).as("%s %s -> %s", tool, json, result.error()).isTrue();
        return result.result();
    }
}
