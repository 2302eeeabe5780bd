package dev.praxis.model.offline;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.model.Models;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.model.TracedResponseMetadata;
import dev.praxis.tool.Tools;
import dev.praxis.tool.ToolBox;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineViaModelsTest {

    @Test
    void withNoPraxisModelSetTheLibraryRunsOfflineFindingTheEmbeddingModelOnTheClassPath() {
        TokenStreamingModel model = Models.fromEnv(Map.of());

        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from("Convert 100 USD to EUR"))
                .toolSpecifications(ToolBox.of(Tools.from(new ToyTools())).specifications()).build());

        assertThat(response.aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(call -> assertThat(call.name()).isEqualTo("fx_convert"));
        assertThat(((TracedResponseMetadata) response.metadata()).trace().modelUsed()).isEqualTo("offline");
    }
}
