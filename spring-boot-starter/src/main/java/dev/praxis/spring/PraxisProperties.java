package dev.praxis.spring;

import dev.praxis.PraxisException;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.RetryPolicy;
import dev.praxis.model.ToolCallingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code praxis.*} properties. Every value is checked when the application starts: a bad one stops the start
 * with a message that names the property, e.g. {@code praxis.retry.max-attempts must be between 1 and 10, got 0}.
 *
 * <pre>{@code
 * praxis.model=vllm/Qwen/Qwen2.5-7B-Instruct
 * praxis.base-url=http://gpu-box:8000/v1
 * praxis.memory.kind=jdbc
 * praxis.agents.shop.instructions=You help shoppers. Use the tools for every price.
 * praxis.agents.shop.packs=ecommerce
 * }</pre>
 *
 * @param model the model spec, e.g. {@code ollama/qwen2.5:7b}, or {@code offline}; required unless the application
 *              declares its own {@code ChatModel} bean
 * @param baseUrl the model server's URL; default the preset's
 * @param apiKey the model server's key; default the preset's environment variable
 * @param toolCalling how tool calls travel: {@code auto}, {@code native} or {@code prompted}
 * @param timeout how long one model call may take
 * @param retry retries of failed model calls
 * @param limits the limits of each agent run
 * @param memory where conversations are kept
 * @param approval who decides irreversible tool calls
 * @param packs which tool packs are on
 * @param agents the agents, by name
 */
@ConfigurationProperties("praxis")
public record PraxisProperties(@Nullable String model, @Nullable String baseUrl, @Nullable String apiKey,
                               @DefaultValue("auto") ToolCallingMode toolCalling,
                               @DefaultValue("60s") Duration timeout,
                               @DefaultValue Retry retry, @DefaultValue Limits limits, @DefaultValue Memory memory,
                               @DefaultValue("deny-irreversible") ApprovalMode approval,
                               @DefaultValue Packs packs, @Nullable Map<String, AgentProperties> agents) {

    /**
     * Checks the values; see the type's documentation.
     *
     * @param model the model spec
     * @param baseUrl the server URL
     * @param apiKey the server key
     * @param toolCalling the tool-calling mode
     * @param timeout the model-call timeout
     * @param retry retries
     * @param limits run limits
     * @param memory the conversation store
     * @param approval the approval mode
     * @param packs the packs
     * @param agents the agents
     */
    public PraxisProperties {
        if (model != null) {
            try {
                ModelSpec.parse(model);
            } catch (PraxisException e) {
                // the cause is left out: its message is all of it, and the root cause is what Spring shows first
                throw new IllegalArgumentException("praxis.model: " + e.getMessage());
            }
        }
        if (baseUrl != null && !baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("praxis.base-url must be an http:// or https:// URL, got '" + baseUrl
                    + "'");
        }
        positive("praxis.timeout", timeout);
        agents = agents == null ? Map.of() : Map.copyOf(agents);
        agents.forEach((name, agent) -> {
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("praxis.agents." + name + ": an agent name must be lower-case"
                        + " letters, digits and '-', starting with a letter");
            }
        });
    }

    /**
     * The model options these properties describe: tool-calling mode, timeout, retries, and the base URL and API key
     * when set (else the preset's, or {@code PRAXIS_BASE_URL} and {@code PRAXIS_API_KEY} from the environment).
     *
     * @return the options for {@code Models.create}
     */
    public ModelOptions modelOptions() {
        RetryPolicy defaults = RetryPolicy.defaults();
        ModelOptions.Builder options = ModelOptions.builder().env(System.getenv())
                .toolCalling(toolCalling)
                .timeout(timeout)
                .retry(new RetryPolicy(retry.maxAttempts(), defaults.initialBackoff(), defaults.maxBackoff(),
                        defaults.multiplier(), defaults.jitter(), defaults.maxTotalTime()));
        if (baseUrl != null) {
            options.baseUrl(baseUrl);
        }
        if (apiKey != null) {
            options.apiKey(apiKey);
        }
        return options.build();
    }

    /** Who decides irreversible tool calls when the application declares no {@code ApprovalHandler} bean. */
    public enum ApprovalMode {
        /** Irreversible calls are denied; reversible ones run. */
        DENY_IRREVERSIBLE,
        /** Irreversible calls wait for a person ({@code Agent.decide}); reversible ones run. */
        DEFER_IRREVERSIBLE,
        /** Every side-effecting call is denied: read-only agents. */
        DENY_ALL
    }

    /** Where conversations are kept when the application declares no {@code ConversationStore} bean. */
    public enum StoreKind {
        /** JDBC when the application has a {@code DataSource}, else files. */
        AUTO,
        /** The application's {@code DataSource}; startup fails without one. */
        JDBC,
        /** Files under {@code praxis.memory.file-dir}. */
        FILE,
        /** In this process only, gone on restart. */
        MEMORY
    }

    /**
     * Retries of failed model calls (429, 5xx, timeouts).
     *
     * @param maxAttempts attempts in all, the first included: 1 means no retry
     */
    public record Retry(@DefaultValue("4") int maxAttempts) {

        /**
         * Checks the value.
         *
         * @param maxAttempts attempts in all
         */
        public Retry {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("praxis.retry.max-attempts must be between 1 and 10, got "
                        + maxAttempts);
            }
        }
    }

    /**
     * The limits of each run, as in {@code dev.praxis.agent.Limits}.
     *
     * @param maxModelCalls model calls per run
     * @param maxToolCalls tool calls per run
     * @param maxTokens tokens per run
     * @param runTimeout wall-clock time per run
     * @param toolTimeout time per tool call
     */
    public record Limits(@DefaultValue("10") int maxModelCalls, @DefaultValue("20") int maxToolCalls,
                         @DefaultValue("100000") long maxTokens, @DefaultValue("2m") Duration runTimeout,
                         @DefaultValue("30s") Duration toolTimeout) {

        /**
         * Checks the values.
         *
         * @param maxModelCalls model calls per run
         * @param maxToolCalls tool calls per run
         * @param maxTokens tokens per run
         * @param runTimeout time per run
         * @param toolTimeout time per tool call
         */
        public Limits {
            atLeastOne("praxis.limits.max-model-calls", maxModelCalls);
            atLeastOne("praxis.limits.max-tool-calls", maxToolCalls);
            atLeastOne("praxis.limits.max-tokens", maxTokens);
            positive("praxis.limits.run-timeout", runTimeout);
            positive("praxis.limits.tool-timeout", toolTimeout);
        }
    }

    /**
     * The conversation store and history kept per session.
     *
     * @param kind which store
     * @param fileDir the file store's folder
     * @param maxMessages the latest messages sent to the model each turn
     */
    public record Memory(@DefaultValue("auto") StoreKind kind, @DefaultValue("praxis-data/sessions") Path fileDir,
                         @DefaultValue("40") int maxMessages) {

        /**
         * Checks the values.
         *
         * @param kind which store
         * @param fileDir the file store's folder
         * @param maxMessages messages per turn
         */
        public Memory {
            atLeastOne("praxis.memory.max-messages", maxMessages);
        }
    }

    /**
     * The tool packs; each is on by default when its jar is on the class path.
     *
     * @param finance {@code praxis-tools-finance}
     * @param ecommerce {@code praxis-tools-ecommerce}
     */
    public record Packs(@DefaultValue Pack finance, @DefaultValue Pack ecommerce) {
    }

    /**
     * One tool pack's switch.
     *
     * @param enabled whether its tools are offered to agents that name it
     */
    public record Pack(@DefaultValue("true") boolean enabled) {
    }

    /**
     * One agent, declared in properties.
     *
     * @param instructions the system prompt
     * @param packs the packs whose tools it gets: {@code finance}, {@code ecommerce}
     * @param tools the names of {@code @ToolFunction} tools of application beans it gets; empty means all of them
     * @param disclaimer text appended to every answer, or none
     */
    public record AgentProperties(@DefaultValue("") String instructions, @Nullable List<String> packs,
                                  @Nullable List<String> tools, @Nullable String disclaimer) {

        /**
         * Copies the lists.
         *
         * @param instructions the system prompt
         * @param packs the packs
         * @param tools the tool names
         * @param disclaimer the disclaimer
         */
        public AgentProperties {
            packs = packs == null ? List.of() : List.copyOf(packs);
            tools = tools == null ? List.of() : List.copyOf(tools);
        }
    }

    private static void atLeastOne(String property, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, got " + value);
        }
    }

    private static void positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, got " + value);
        }
    }
}
