package dev.praxis.serve;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LangChain4j's own OpenAI client, pointed at the server: a Praxis agent as the model of another program. */
class OpenAiChatModelClientTest {

    @Test
    void langChain4jOpenAiChatModelGetsTheFinanceAnswer() {
        try (ServeFixture fixture = new ServeFixture()) {
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(fixture.baseUrl()).apiKey(ServeFixture.ALICE_KEY)
                    .modelName("finance").maxRetries(0).build();

            ChatResponse response = model.chat(UserMessage.from(
                    "What is the monthly payment on a 300000 loan at 6.5% for 30 years?"));

            assertThat(response.aiMessage().text()).contains("Monthly payment: 1896.20 USD");
            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.metadata().modelName()).isEqualTo("finance");
        }
    }
}
