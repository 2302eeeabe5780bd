package dev.praxis.finance.trading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ActionTokens;
import dev.praxis.finance.FinancePack;
import dev.praxis.finance.ToolCalls;
import dev.praxis.finance.money.Money;
import dev.praxis.records.FileRecordStore;
import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.testing.MutableClock;
import dev.praxis.tool.ToolBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper account kept in a record store: two packs on one file store (two processes, or a process and its
 * restart) see one account, and an idempotency key replays across them instead of trading twice.
 */
class PaperAccountRecordsTest {

    private static final String ORDER = "\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 10";

    private final MutableClock clock = new MutableClock(ToolCalls.NOW);

    @TempDir
    Path dir;

    private ToolCalls pack(RecordStore records) {
        return new ToolCalls(ToolBox.of(FinancePack.builder().clock(clock).records(records)
                .approvals(ActionTokens.inDirectory(dir, clock)).build().toolList()));
    }

    private static String execute(String token, String key) {
        return "{" + ORDER + ", \"approval_token\": \"" + token + "\", \"idempotency_key\": \"" + key + "\"}";
    }

    @Test
    void aTradeFilledByOnePackIsSeenByAnotherAndItsKeyReplaysThere() {
        ToolCalls first = pack(FileRecordStore.open(dir.resolve("records")));
        ToolCalls second = pack(FileRecordStore.open(dir.resolve("records")));
        String token = first.ok("preview_trade", "{" + ORDER + "}").get("approval_token").asText();

        JsonNode filled = first.ok("execute_trade", execute(token, "k-1"));
        JsonNode replayed = second.ok("execute_trade", execute(token, "k-1"));

        assertThat(replayed.get("replayed").asBoolean()).isTrue();
        assertThat(replayed.get("execution_id").asText()).isEqualTo(filled.get("execution_id").asText());
        JsonNode summary = second.ok("paper_account_summary", "{}");
        assertThat(summary.get("trades").asInt()).isEqualTo(1);
        assertThat(summary.at("/positions/AAPL").decimalValue()).isEqualByComparingTo("10");
        assertThat(summary.get("cash")).isEqualTo(filled.get("cash_after"));
    }

    @Test
    void anAccountReadBackFromTheStoreEqualsTheOneThatWroteIt() {
        RecordStore records = InMemoryRecordStore.create();
        PaperAccount account = new PaperAccount("paper", new Money(new BigDecimal("10000.00"), "USD")).on(records);
        ToolCalls calls = new ToolCalls(ToolBox.of(FinancePack.builder().clock(clock).paperAccount(account)
                .records(records).approvals(ActionTokens.inDirectory(dir, clock)).build().toolList()));
        calls.ok("execute_trade", execute(calls.ok("preview_trade", "{" + ORDER + "}").get("approval_token").asText(), "k-1"));

        PaperAccount restarted = new PaperAccount("paper", new Money(new BigDecimal("99.00"), "USD")).on(records);

        assertThat(restarted.summary()).usingRecursiveComparison().isEqualTo(account.summary());
        assertThat(restarted.summary().cash().amount().scale()).isEqualTo(2);
        assertThat(records.get(PaperAccount.KIND, "paper").orElseThrow().doc().get("cash").decimalValue())
                .isEqualTo(account.summary().cash().amount());
    }
}
