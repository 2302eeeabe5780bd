package dev.praxis.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.OpenAiResponses;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation through the REST endpoints: the shopper asks to cancel an order, the model calls
 * {@code cancel_order} (irreversible, so the turn stops for approval), a person denies it, and the model's next
 * answer comes back. Shared by the H2 and PostgreSQL tests.
 */
final class ShopConversation {

    private ShopConversation() {
    }

    static void cancelAskedDeniedAndAnswered(TestRestTemplate http, ScriptedOpenAiServer model, String session) {
        model.script(
                OpenAiResponses.toolCalls(OpenAiResponses.call("call-1", "cancel_order",
                        "{\"order_id\": \"o-404\", \"reason\": \"changed my mind\"}")),
                OpenAiResponses.answer("I did not cancel order o-404: the cancellation was not approved."));

        ResponseEntity<JsonNode> first = http.postForEntity("/chat", Map.of("session", session,
                "message", "Please cancel order o-404, I changed my mind."), JsonNode.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("stopReason").asText()).isEqualTo("AWAITING_APPROVAL");
        JsonNode pending = first.getBody().get("pendingApproval");
        assertThat(pending.get("tool").asText()).isEqualTo("cancel_order");
        assertThat(pending.get("arguments").get("order_id").asText()).isEqualTo("o-404");

        ResponseEntity<JsonNode> decided = http.postForEntity("/approvals/" + pending.get("id").asText(),
                Map.of("session", session, "approve", false, "reason", "denied by the test"), JsonNode.class);
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decided.getBody().get("answer").asText())
                .isEqualTo("I did not cancel order o-404: the cancellation was not approved.");
        assertThat(decided.getBody().get("stopReason").asText()).isEqualTo("COMPLETED");
        assertThat(decided.getBody().get("pendingApproval").isNull()).isTrue();

        // The model saw the denial as the tool's result, in the second request, with the shop's tools offered.
        assertThat(model.requests()).hasSize(2);
        JsonNode second = model.requests().get(1);
        assertThat(second.get("tools").findValuesAsText("name")).contains("search_products", "cancel_order");
        JsonNode toolMessage = second.get("messages").get(second.get("messages").size() - 1);
        assertThat(toolMessage.get("role").asText()).isEqualTo("tool");
        assertThat(toolMessage.get("content").asText()).contains("denied by the test");

        ResponseEntity<JsonNode> again = http.postForEntity("/approvals/" + pending.get("id").asText(),
                Map.of("session", session, "approve", true), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("error").asText()).contains("was already decided");
    }
}
