package dev.praxis.event;

import dev.praxis.internal.text.Redaction;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class Slf4jAgentListenerTest {

    public static final class Vault {
        @ToolFunction(description = "Stores a credential", sideEffect = SideEffect.REVERSIBLE)
        public String store(String service, String password) {
            return "stored for " + service;
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.praxis.agent");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }

    @Test
    void logsRunToolAndApprovalWithoutSecrets() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("store", "{\"service\":\"bank\",\"password\":\"hunter2-very-secret\"}"),
                ScriptedChatModel.answer("Stored."));
        Agent agent = Agent.builder().name("vault").model(model).tools(Tools.from(new Vault()))
                .approval(ApprovalHandler.approveAll()).listener(new Slf4jAgentListener()).build();

        agent.run("s1", "my api_key=sk-live-abcdefgh1234 and Bearer eyJhbGciOi.secret");

        String log = String.join("\n", appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(log).contains("run", "tool store", "approval granted", "finished: COMPLETED");
        assertThat(log).doesNotContain("hunter2-very-secret", "sk-live-abcdefgh1234", "eyJhbGciOi.secret");
    }

    @Test
    void infoLinesCarryNoMessageArgumentValueOrToolErrorOnlyNamesAndOutcomes() {
        logger.setLevel(Level.INFO);
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("store", "{\"service\":\"Ann Smith's bank\",\"password\":\"p\"}"),
                ScriptedChatModel.answer("Stored."));
        Agent agent = Agent.builder().name("vault").model(model).tools(Tools.from(new Vault()))
                .approval(ApprovalHandler.approveAll()).listener(new Slf4jAgentListener()).build();

        agent.run("s1", "I am Ann Smith, ann.smith@example.com, store my bank login");

        String log = String.join("\n", appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(log).contains("message of 58 characters", "tool store called with [service, password]",
                "approval granted: store", "finished: COMPLETED");
        assertThat(log).doesNotContain("Ann Smith", "ann.smith@example.com", "bank login");
    }

    @Test
    void redactsBearerTokensKeysAndSecretFields() {
        assertThat(Redaction.redact("Authorization: Bearer abc.def-ghi")).doesNotContain("abc.def-ghi").startsWith("Authorization: ***");
        assertThat(Redaction.redact("key sk-proj-ABCDEF123456 used")).isEqualTo("key *** used");
        assertThat(Redaction.redact("{\"api_key\":\"k-123456\",\"city\":\"Paris\"}"))
                .isEqualTo("{\"api_key\":\"***\",\"city\":\"Paris\"}");
        assertThat(Redaction.redact("connect failed", java.util.List.of("connect"))).isEqualTo("*** failed");
    }

    @Test
    void redactsSingleQuotedSecretFields() {
        assertThat(Redaction.redact("{'account': 'a1', 'password': 'hunter2-xyz'}"))
                .isEqualTo("{'account': 'a1', 'password': '***'}");
    }

    @Test
    void masksSecretNamedFieldsAndSecretStringsInJsonTrees() {
        com.fasterxml.jackson.databind.JsonNode arguments = dev.praxis.json.PraxisJson.parse(
                "{\"user\":\"ann\",\"password\":\"hunter2\",\"amount\":12.50,\"db_token\":7,"
                        + "\"notes\":[\"key sk-abcdef123456\",\"my-api-key-42\"],\"nested\":{\"secret\":{\"a\":1}}}");

        com.fasterxml.jackson.databind.JsonNode redacted = Redaction.redact(arguments, java.util.List.of("my-api-key-42"));

        assertThat(redacted.toString()).isEqualTo("{\"user\":\"ann\",\"password\":\"***\",\"amount\":12.50,"
                + "\"db_token\":\"***\",\"notes\":[\"key ***\",\"***\"],\"nested\":{\"secret\":\"***\"}}");
        assertThat(arguments.get("password").asText()).isEqualTo("hunter2");
    }
}
