package dev.praxis.benchmarks.overhead;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.praxis.agent.Agent;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.memory.MessageWindowMemory;
import dev.praxis.tool.Tools;

/**
 * The two set-ups compared, built the same way: same model, same tool object, a 40-message window of memory per
 * session, the same system instructions.
 */
final class Contenders {

    static final String INSTRUCTIONS = "You add numbers. Use the tools for every number.";
    static final int WINDOW = 40;

    private Contenders() {
    }

    static Agent praxis(ChatModel model, Calculator calculator) {
        return praxis(model, calculator, new MessageWindowMemory(WINDOW));
    }

    static Agent praxis(ChatModel model, Calculator calculator, ConversationMemory memory) {
        return Agent.builder().name("calculator").instructions(INSTRUCTIONS).model(model)
                .tools(Tools.from(calculator)).memory(memory).build();
    }

    static Assistant langchain4j(ChatModel model, Calculator calculator) {
        return AiServices.builder(Assistant.class).chatModel(model).tools(calculator)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(WINDOW)).build();
    }
}
