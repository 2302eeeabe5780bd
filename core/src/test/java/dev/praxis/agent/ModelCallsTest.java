package dev.praxis.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCallsTest {

    /** Metadata as a resilience decorator attaches it: a public trace() accessor. */
    public static final class TracedMetadata extends ChatResponseMetadata {
        TracedMetadata() {
            super(ChatResponseMetadata.builder());
        }

        public List<String> trace() {
            return List.of("attempt 1: 503", "attempt 2: ok");
        }
    }

    @Test
    void recordsTheTraceOfMetadataThatHasOneAndNoneOtherwise() {
        for (int i = 0; i < 2; i++) {
            ModelCallRecord traced = ModelCalls.record("a", ChatResponse.builder().aiMessage(AiMessage.from("x"))
                    .metadata(new TracedMetadata()).build(), 1);
            ModelCallRecord plain = ModelCalls.record("a", ChatResponse.builder().aiMessage(AiMessage.from("x"))
                    .metadata(ChatResponseMetadata.builder().build()).build(), 1);

            assertThat(traced.trace()).isNotNull();
            assertThat(traced.trace().toString()).isEqualTo("[\"attempt 1: 503\",\"attempt 2: ok\"]");
            assertThat(plain.trace()).isNull();
        }
    }
}
