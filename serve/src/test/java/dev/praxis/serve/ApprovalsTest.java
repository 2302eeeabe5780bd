package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalsTest {

    static ServeFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServeFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode checkout(String key, String session) {
        HttpResponse<String> preview = Http.post(fixture.server.uri(), "/v1/chat/completions", key,
                Http.chat("shop", session, "Buy the red trail shoe in size 40 and check out"));
        assertThat(Http.json(preview).at("/choices/0/message/content").asText()).as(preview.body())
                .contains("106.17 USD");
        HttpResponse<String> response = Http.post(fixture.server.uri(), "/v1/chat/completions", key,
                Http.chat("shop", session, "Yes, place the order"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void stopsForApprovalWithTheSummaryThenApprovingPlacesTheOrder() {
        JsonNode checkout = checkout(ServeFixture.ALICE_KEY, "buy-1");

        assertThat(checkout.at("/choices/0/finish_reason").asText()).as(checkout.toString()).isEqualTo("approval_required");
        JsonNode approval = checkout.at("/praxis/approval");
        assertThat(approval.path("tool").asText()).isEqualTo("place_order");
        assertThat(approval.path("details").toString()).contains("106.17 USD").contains("1 Main St");
        assertThat(checkout.at("/choices/0/message/content").asText()).contains(approval.path("id").asText());
        JsonNode listed = Http.json(Http.get(fixture.server.uri(), "/v1/approvals", ServeFixture.ALICE_KEY));
        assertThat(listed.path("data").findValuesAsText("id")).contains(approval.path("id").asText());

        HttpResponse<String> approved = Http.post(fixture.server.uri(), "/v1/approvals/" + approval.path("id").asText(),
                ServeFixture.ALICE_KEY, "{\"decision\":\"approve\"}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Http.json(approved).at("/choices/0/message/content").asText()).startsWith("Order placed: O-");
        HttpResponse<String> again = Http.post(fixture.server.uri(), "/v1/approvals/" + approval.path("id").asText(),
                ServeFixture.ALICE_KEY, "{\"decision\":\"approve\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).at("/error/code").asText()).isEqualTo("approval_decided");
    }

    @Test
    void denyingTellsTheAgentAndPlacesNoOrder() {
        String id = checkout(ServeFixture.ALICE_KEY, "deny-1").at("/praxis/approval/id").asText();

        JsonNode denied = Http.json(Http.post(fixture.server.uri(), "/v1/approvals/" + id, ServeFixture.ALICE_KEY,
                "{\"decision\":\"deny\"}"));

        assertThat(denied.at("/choices/0/message/content").asText()).startsWith("The order was not placed");
        assertThat(denied.at("/praxis/run/tool_calls").toString()).doesNotContain("\"outcome\":\"SUCCESS\",\"tool\":\"place_order\"");
    }

    @Test
    void anotherUserCannotSeeOrDecideTheApproval() {
        String id = checkout(ServeFixture.ALICE_KEY, "shared-name").at("/praxis/approval/id").asText();

        HttpResponse<String> bobDecides = Http.post(fixture.server.uri(), "/v1/approvals/" + id, ServeFixture.BOB_KEY,
                "{\"decision\":\"approve\"}");
        JsonNode bobList = Http.json(Http.get(fixture.server.uri(), "/v1/approvals", ServeFixture.BOB_KEY));

        assertThat(bobDecides.statusCode()).isEqualTo(404);
        assertThat(Http.json(bobDecides).at("/error/code").asText()).isEqualTo("approval_not_found");
        assertThat(bobList.path("data")).isEmpty();
        HttpResponse<String> aliceStill = Http.post(fixture.server.uri(), "/v1/approvals/" + id, ServeFixture.ALICE_KEY,
                "{\"decision\":\"approve\"}");
        assertThat(aliceStill.statusCode()).as("bob's attempt decided nothing").isEqualTo(200);
    }

    @Test
    void streamsTheRestOfAnApprovedRun() {
        String id = checkout(ServeFixture.ALICE_KEY, "stream-approve").at("/praxis/approval/id").asText();

        HttpResponse<String> approved = Http.post(fixture.server.uri(), "/v1/approvals/" + id, ServeFixture.ALICE_KEY,
                "{\"decision\":\"approve\",\"stream\":true}");

        assertThat(approved.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        assertThat(Sse.content(approved.body())).startsWith("Order placed: O-");
        assertThat(approved.body()).endsWith("data: [DONE]\n\n");
    }
}
