package dev.praxis.agent;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.event.Slf4jAgentListener;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety properties of the agent loop over 1,200 random model outputs ({@link RandomModelOutputs}): an
 * irreversible tool runs exactly for the calls the approval handler approved, and never under the default; every
 * run ends with a stop reason instead of an exception; no planted secret reaches the run record or the log.
 * Run a single case again with {@code -Dpraxis.property.seed=<seed>} (the seed is in every failure message).
 */
class ApprovalPropertyTest {

    private static final long FIRST_SEED = 20_261_129L;
    private static final int CASES = 1_200;

    /** Tools of every side-effect class that count their executions, keyed by the arguments they ran with. */
    public static final class Ledger {
        final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

        @ToolFunction(description = "Balance of an account")
        public String balance(@Param("Account id") String account) {
            return count("balance|" + account);
        }

        @ToolFunction(description = "Checks a user's credentials")
        public boolean verifyLogin(String user, String password) {
            count("verify_login|" + user);
            return true;
        }

        @ToolFunction(description = "Adds a note to the file", sideEffect = SideEffect.REVERSIBLE)
        public String addNote(String note, @Param(value = "Priority", min = "1", max = "5") int priority) {
            return count("add_note|" + priority);
        }

        @ToolFunction(description = "Sends money", sideEffect = SideEffect.IRREVERSIBLE)
        public String transfer(String toAccount, @Param(value = "Amount in EUR", min = "0.01") BigDecimal amount) {
            return count("transfer|" + toAccount + "|" + amount.stripTrailingZeros().toPlainString());
        }

        @ToolFunction(description = "Closes an account", sideEffect = SideEffect.IRREVERSIBLE)
        public String closeAccount(String account, String password) {
            return count("close_account|" + account);
        }

        private String count(String key) {
            executions.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return "ok";
        }

        Map<String, Integer> of(String... tools) {
            return snapshot(executions, tools);
        }
    }

    /** Approves some side-effecting calls, by a rule on their arguments, and counts what it approved. */
    static final class Selective implements ApprovalHandler {
        final Map<String, AtomicInteger> approved = new ConcurrentHashMap<>();

        @Override
        public ApprovalDecision decide(ApprovalRequest request) {
            String key = key(request);
            boolean ok = switch (request.toolName()) {
                case "transfer" -> new BigDecimal(request.arguments().get("amount").asText()).compareTo(new BigDecimal("500")) < 0;
                case "close_account" -> key.endsWith("1") || key.endsWith("3");
                default -> !key.endsWith("|4");
            };
            if (!ok) {
                return ApprovalDecision.deny("not under the rule");
            }
            approved.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return ApprovalDecision.approve("matches the rule");
        }

        private static String key(ApprovalRequest request) {
            JsonNode a = request.arguments();
            return switch (request.toolName()) {
                case "transfer" -> "transfer|" + a.get("to_account").asText() + "|"
                        + new BigDecimal(a.get("amount").asText()).stripTrailingZeros().toPlainString();
                case "close_account" -> "close_account|" + a.get("account").asText();
                default -> request.toolName() + "|" + a.path("priority").asText();
            };
        }
    }

    private enum Gate { DEFAULT, DENY_ALL, SELECTIVE, THROWING, SILENT }

    private final Logger praxisLogger = (Logger) LoggerFactory.getLogger("dev.praxis");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level previousLevel;
    private final AtomicInteger approvedIrreversibleRuns = new AtomicInteger();
    private final AtomicInteger deniedIrreversibleCalls = new AtomicInteger();
    private final java.util.Set<StopReason> stopReasons = java.util.EnumSet.noneOf(StopReason.class);

    @BeforeEach
    void captureLogs() {
        previousLevel = praxisLogger.getLevel();
        praxisLogger.setLevel(Level.DEBUG);
        praxisLogger.setAdditive(false);
        log.start();
        praxisLogger.addAppender(log);
    }

    @AfterEach
    void releaseLogs() {
        praxisLogger.detachAppender(log);
        praxisLogger.setAdditive(true);
        praxisLogger.setLevel(previousLevel);
    }

    @Test
    void irreversibleToolsRunOnlyWhenApprovedAndNoSecretIsRecordedOrLogged() {
        String replay = System.getProperty("praxis.property.seed");
        if (replay != null) {
            checkCase(Long.parseLong(replay));
            return;
        }
        for (int i = 0; i < CASES; i++) {
            checkCase(FIRST_SEED + i);
        }
        // The properties are only worth something if the cases reach the gate both ways.
        assertThat(approvedIrreversibleRuns.get()).as("irreversible calls approved and run").isGreaterThan(40);
        assertThat(deniedIrreversibleCalls.get()).as("irreversible calls denied").isGreaterThan(200);
        assertThat(stopReasons).as("stop reasons reached").contains(StopReason.COMPLETED, StopReason.TOOL_LIMIT,
                StopReason.STEP_LIMIT, StopReason.MODEL_ERROR);
    }

    private void checkCase(long seed) {
        RandomModelOutputs.Case c = RandomModelOutputs.generate(seed);
        Gate gate = Gate.values()[Math.floorMod(seed, Gate.values().length)];
        Selective selective = new Selective();
        Ledger ledger = new Ledger();
        log.list.clear();

        RunRecord record = agent(c, gate, selective, ledger).run("s-" + seed, c.message());

        assertThat(record.stopReason()).as("stop reason, gate %s, %s", gate, c).isNotNull();
        Map<String, Integer> irreversible = ledger.of("transfer", "close_account");
        Map<String, Integer> reversible = ledger.of("add_note");
        switch (gate) {
            case SELECTIVE -> {
                assertThat(irreversible).as("irreversible runs vs approvals, %s", c)
                        .isEqualTo(snapshot(selective.approved, "transfer", "close_account"));
                assertThat(reversible).as("reversible runs vs approvals, %s", c)
                        .isEqualTo(snapshot(selective.approved, "add_note"));
            }
            case DEFAULT -> assertThat(irreversible).as("irreversible runs under the default gate, %s", c).isEmpty();
            default -> {
                assertThat(irreversible).as("irreversible runs under gate %s, %s", gate, c).isEmpty();
                assertThat(reversible).as("reversible runs under gate %s, %s", gate, c).isEmpty();
            }
        }
        stopReasons.add(record.stopReason());
        irreversible.values().forEach(approvedIrreversibleRuns::addAndGet);
        deniedIrreversibleCalls.addAndGet((int) record.toolCalls().stream()
                .filter(t -> t.name().equals("transfer") || t.name().equals("close_account"))
                .filter(t -> t.outcome() == dev.praxis.tool.ToolResult.Outcome.DENIED).count());
        String json = record.toJson();
        String logText = String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        for (String secret : c.secrets()) {
            assertThat(json).as("run record of %s", c).doesNotContain(secret);
            assertThat(logText).as("log of %s", c).doesNotContain(secret);
        }
    }

    private static Agent agent(RandomModelOutputs.Case c, Gate gate, Selective selective, Ledger ledger) {
        Iterator<RandomModelOutputs.Step> steps = c.steps().iterator();
        ScriptedChatModel model = ScriptedChatModel.answering(request -> next(steps));
        ApprovalHandler approval = switch (gate) {
            case DEFAULT -> ApprovalHandler.denyIrreversible();
            case DENY_ALL -> ApprovalHandler.denyAll();
            case SELECTIVE -> selective;
            case THROWING -> request -> {
                throw new IllegalStateException("approver offline for " + request.describe());
            };
            case SILENT -> request -> null;
        };
        Agent.Builder builder = Agent.builder().name("ledger").instructions("Help with accounts.").model(model)
                .tools(Tools.from(ledger)).limits(c.limits()).secret(RandomModelOutputs.API_KEY)
                .listener(new Slf4jAgentListener());
        return gate == Gate.DEFAULT ? builder.build() : builder.approval(approval).build();
    }

    private static ChatResponse next(Iterator<RandomModelOutputs.Step> steps) {
        if (!steps.hasNext()) {
            throw new IllegalStateException("the model has nothing more to say");
        }
        RandomModelOutputs.Step step = steps.next();
        if (step.failure() != null) {
            throw new RuntimeException(step.failure());
        }
        return step.response();
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts, String... tools) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        counts.forEach((key, n) -> {
            for (String tool : tools) {
                if (key.startsWith(tool + "|")) {
                    out.put(key, n.get());
                }
            }
        });
        return out;
    }
}
