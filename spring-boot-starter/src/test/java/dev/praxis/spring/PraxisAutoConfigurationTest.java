package dev.praxis.spring;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.praxis.agent.Interceptor;
import dev.praxis.agent.RunRecord;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import dev.praxis.finance.FinancePack;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.records.JdbcRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class PraxisAutoConfigurationTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PraxisAutoConfiguration.class))
                .withPropertyValues("praxis.memory.file-dir=" + dir.resolve("sessions"));
    }

    @Test
    void withoutDataSourceKeepsConversationsInFiles() {
        runner().withBean(ChatModel.class, () -> ScriptedChatModel.repeating(ScriptedChatModel.answer("hi")))
                .withPropertyValues("praxis.agents.helper.instructions=Help.")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(FileConversationStore.class);
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "hello");
                    assertThat(context.getBean(ConversationStore.class).load("s1").messages()).hasSize(2);
                    assertThat(Files.list(dir.resolve("sessions"))).isNotEmpty();
                });
    }

    @Test
    void memoryKindMemoryKeepsConversationsInProcess() {
        runner().withPropertyValues("praxis.memory.kind=memory")
                .run(context -> assertThat(context).hasSingleBean(InMemoryConversationStore.class));
    }

    @Test
    void withDataSourceKeepsConversationsAndRecordsInTheDatabase() {
        runner().withBean(DataSource.class, () -> h2("withds"))
                .withBean(ChatModel.class, () -> ScriptedChatModel.repeating(ScriptedChatModel.answer("hi")))
                .withPropertyValues("praxis.agents.helper.instructions=Help.")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbcConversationStore.class)
                            .hasSingleBean(JdbcRecordStore.class);
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "hello");
                    JdbcConversationStore fresh = JdbcConversationStore.create(context.getBean(DataSource.class));
                    assertThat(fresh.load("s1").messages()).extracting(ChatMessage::type).hasSize(2);
                    assertThat(((UserMessage) fresh.load("s1").messages().get(0)).singleText()).isEqualTo("hello");
                });
    }

    @Test
    void memoryKindJdbcWithoutDataSourceFailsNamingTheProperty() {
        runner().withPropertyValues("praxis.memory.kind=jdbc").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("praxis.memory.kind=jdbc needs one DataSource bean"));
    }

    @Test
    void packsAreOnByDefaultAndOfferedToTheAgentsThatNameThem() {
        ScriptedChatModel model = ScriptedChatModel.repeating(ScriptedChatModel.answer("ok"));
        runner().withBean(ChatModel.class, () -> model)
                .withPropertyValues("praxis.agents.advisor.instructions=Advise.", "praxis.agents.advisor.packs=finance")
                .run(context -> {
                    assertThat(context).hasSingleBean(FinancePack.class).hasSingleBean(EcommercePack.class);
                    context.getBean(PraxisAgents.class).get("advisor").run("s1", "payment?");
                    assertThat(model.lastRequest().toolSpecifications()).extracting(t -> t.name())
                            .containsAll(FinancePack.TOOL_NAMES).doesNotContain("search_products");
                });
    }

    @Test
    void disabledPackIsNotCreatedAndAnAgentNamingItFailsToStart() {
        runner().withBean(ChatModel.class, () -> ScriptedChatModel.repeating(ScriptedChatModel.answer("ok")))
                .withPropertyValues("praxis.packs.finance.enabled=false", "praxis.agents.advisor.packs=finance")
                .run(context -> {
                    assertThat(context).getFailure().rootCause()
                            .hasMessageContaining("praxis.agents.advisor.packs names 'finance', which is not enabled")
                            .hasMessageContaining("[ecommerce]");
                });
        runner().withPropertyValues("praxis.packs.finance.enabled=false", "praxis.packs.ecommerce.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(FinancePack.class)
                        .doesNotHaveBean(EcommercePack.class));
    }

    @Test
    void toolFunctionBeanBecomesAToolOfTheAgent() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("greeting", "{\"person\": \"Ada\"}"), ScriptedChatModel.answer("done"));
        runner().withBean(ChatModel.class, () -> model).withBean(GreetingTools.class)
                .withPropertyValues("praxis.agents.helper.instructions=Greet.")
                .run(context -> {
                    RunRecord record = context.getBean(PraxisAgents.class).get("helper").run("s1", "greet Ada");
                    assertThat(record.toolCalls()).singleElement().satisfies(call -> {
                        assertThat(call.name()).isEqualTo("greeting");
                        assertThat(call.result().asText()).isEqualTo("Hello, Ada");
                    });
                });
    }

    @Test
    void agentNamingAnUnknownToolFailsToStartListingTheOffered() {
        runner().withBean(ChatModel.class, () -> ScriptedChatModel.repeating(ScriptedChatModel.answer("ok")))
                .withBean(GreetingTools.class).withPropertyValues("praxis.agents.helper.tools=greting")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("praxis.agents.helper.tools names 'greting'")
                        .hasMessageContaining("[delete_account, greeting]"));
    }

    @Test
    void invalidPropertyFailsStartupNamingIt() {
        runner().withPropertyValues("praxis.retry.max-attempts=0").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessage("praxis.retry.max-attempts must be between 1 and 10, got 0"));
        runner().withPropertyValues("praxis.model=olama/qwen2.5:7b").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageStartingWith("praxis.model: unknown model backend 'olama'"));
        runner().withPropertyValues("praxis.limits.run-timeout=0s").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("praxis.limits.run-timeout must be positive"));
        runner().withPropertyValues("praxis.tool-calling=sometimes").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("Failed to bind properties under 'praxis.tool-calling'")
                .hasStackTraceContaining("sometimes"));
    }

    @Test
    void missingModelFailsStartupSayingHowToNameOne() {
        runner().withPropertyValues("praxis.agents.helper.instructions=Help.").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("praxis.model is not set"));
    }

    @Test
    void modelSpecBuildsTheModelFromProperties() {
        runner().withPropertyValues("praxis.model=vllm/Qwen/Qwen2.5-7B-Instruct", "praxis.base-url=http://127.0.0.1:9/v1")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TokenStreamingModel.class));
    }

    @Test
    void applicationBeansReplaceTheDefaults() {
        ConversationStore store = new InMemoryConversationStore();
        ApprovalHandler approval = ApprovalHandler.denyAll();
        runner().withBean(ConversationStore.class, () -> store).withBean(ApprovalHandler.class, () -> approval)
                .withBean(RecordStore.class, () -> JdbcRecordStore.create(h2("records")))
                .run(context -> {
                    assertThat(context.getBean(ConversationStore.class)).isSameAs(store);
                    assertThat(context.getBean(ApprovalHandler.class)).isSameAs(approval);
                    assertThat(context).doesNotHaveBean(FileConversationStore.class);
                });
    }

    @Test
    void defaultApprovalHandlerDeniesIrreversibleCalls() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("delete_account", "{\"person\": \"Ada\"}"), ScriptedChatModel.answer("no"));
        runner().withBean(ChatModel.class, () -> model).withBean(GreetingTools.class)
                .withPropertyValues("praxis.agents.helper.instructions=Help.")
                .run(context -> {
                    RunRecord record = context.getBean(PraxisAgents.class).get("helper").run("s1", "delete Ada");
                    assertThat(record.toolCalls()).singleElement().satisfies(call ->
                            assertThat(call.outcome()).hasToString("DENIED"));
                });
    }

    @Test
    void listenerInterceptorAndCustomizerBeansReachEveryAgent() {
        List<AgentEvent> events = new CopyOnWriteArrayList<>();
        List<String> intercepted = new CopyOnWriteArrayList<>();
        runner().withBean(ChatModel.class, () -> ScriptedChatModel.repeating(ScriptedChatModel.answer("hi")))
                .withBean(AgentListener.class, () -> events::add)
                .withBean(Interceptor.class, () -> new Interceptor() {
                    @Override
                    public dev.langchain4j.model.chat.response.ChatResponse interceptModel(ModelChain chain) {
                        intercepted.add("model");
                        return chain.proceed(chain.request());
                    }
                })
                .withBean(PraxisAgentCustomizer.class, () -> (name, builder) -> builder.disclaimer("(" + name + ")"))
                .withPropertyValues("praxis.agents.helper.instructions=Help.")
                .run(context -> {
                    RunRecord record = context.getBean(PraxisAgents.class).get("helper").run("s1", "hello");
                    assertThat(record.answer()).endsWith("(helper)");
                    assertThat(events).hasAtLeastOneElementOfType(AgentEvent.RunFinished.class);
                    assertThat(intercepted).containsExactly("model");
                });
    }

    @Test
    void deferModeLeavesIrreversibleCallsPendingForAPerson() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("delete_account", "{\"person\": \"Ada\"}"),
                ScriptedChatModel.answer("deleted"));
        runner().withBean(ChatModel.class, () -> model).withBean(GreetingTools.class)
                .withPropertyValues("praxis.agents.helper.instructions=Help.", "praxis.approval=defer-irreversible")
                .run(context -> {
                    var agent = context.getBean(PraxisAgents.class).get("helper");
                    RunRecord first = agent.run("s1", "delete Ada");
                    String id = first.pendingApproval().orElseThrow().id();
                    RunRecord resumed = agent.decide("s1", id, ApprovalDecision.approve("ok by test"));
                    assertThat(resumed.answer()).isEqualTo("deleted");
                    assertThat(GreetingTools.deleted).contains("Ada");
                });
    }

    private static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** An application bean with tools. */
    public static class GreetingTools {
        static final List<String> deleted = new CopyOnWriteArrayList<>();

        /**
         * Greets.
         *
         * @param person who
         * @return the greeting
         */
        @ToolFunction(name = "greeting", description = "Greets a person")
        public String greeting(@Param("the person's name") String person) {
            return "Hello, " + person;
        }

        /**
         * Deletes.
         *
         * @param person who
         * @return what was done
         */
        @ToolFunction(name = "delete_account", description = "Deletes a person's account",
                sideEffect = SideEffect.IRREVERSIBLE)
        public String deleteAccount(@Param("the person's name") String person) {
            deleted.add(person);
            return "deleted " + person;
        }
    }
}
