package dev.praxis.spring;

import dev.langchain4j.model.chat.ChatModel;
import dev.praxis.agent.Agent;
import dev.praxis.agent.Interceptor;
import dev.praxis.agent.Limits;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.event.AgentListener;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.tool.Tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the agents of {@code praxis.agents.*} from the context's model, memory, tools, listeners and the rest. */
record AgentAssembly(ChatModel model, ConversationMemory memory, ApprovalHandler approval,
                     List<Tool> applicationTools, List<PackTools> packs, List<AgentListener> listeners,
                     List<Interceptor> interceptors, List<PraxisAgentCustomizer> customizers) {

    Map<String, Agent> build(PraxisProperties properties) {
        Map<String, Agent> agents = new LinkedHashMap<>();
        try {
            properties.agents().forEach((name, declared) -> agents.put(name, agent(name, declared, properties)));
        } catch (RuntimeException e) {
            agents.values().forEach(Agent::close);
            throw e;
        }
        return agents;
    }

    private Agent agent(String name, PraxisProperties.AgentProperties declared, PraxisProperties properties) {
        Agent.Builder builder = Agent.builder().name(name).instructions(declared.instructions()).model(model)
                .memory(memory).approval(approval).limits(limits(properties.limits()))
                .tools(tools(name, declared));
        if (declared.disclaimer() != null) {
            builder.disclaimer(declared.disclaimer());
        }
        listeners.forEach(builder::listener);
        interceptors.forEach(builder::interceptor);
        customizers.forEach(c -> c.customize(name, builder));
        return builder.build();
    }

    private List<Tool> tools(String agent, PraxisProperties.AgentProperties declared) {
        List<Tool> tools = new ArrayList<>();
        for (String pack : declared.packs()) {
            tools.addAll(packs.stream().filter(p -> p.name().equals(pack)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("praxis.agents." + agent + ".packs names '" + pack
                            + "', which is not enabled here; enabled packs: " + packs.stream().map(PackTools::name)
                            .toList() + " (a pack needs its jar on the class path and praxis.packs." + pack
                            + ".enabled not false)"))
                    .tools());
        }
        tools.addAll(declared.tools().isEmpty() ? applicationTools : named(agent, declared.tools()));
        return tools;
    }

    private List<Tool> named(String agent, List<String> names) {
        List<Tool> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(applicationTools.stream().filter(t -> t.spec().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("praxis.agents." + agent + ".tools names '" + name
                            + "', which no @ToolFunction bean offers; offered: " + new TreeSet<>(
                            applicationTools.stream().map(t -> t.spec().name()).toList()))));
        }
        return chosen;
    }

    private static Limits limits(PraxisProperties.Limits given) {
        return Limits.defaults().withMaxModelCalls(given.maxModelCalls()).withMaxToolCalls(given.maxToolCalls())
                .withMaxTokens(given.maxTokens()).withTimeout(given.runTimeout())
                .withToolTimeout(given.toolTimeout());
    }
}
