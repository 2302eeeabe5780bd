package dev.praxis.benchmarks.overhead;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

/** The LangChain4j {@code AiServices} side of the overhead benchmark: one chat method with per-session memory. */
public interface Assistant {

    @SystemMessage("You add numbers. Use the tools for every number.")
    String chat(@MemoryId String sessionId, @UserMessage String message);
}
