package dev.praxis.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Redacting a JSON tree masks secret-named fields and secret values, and copies only what it changes. */
class RedactionTest {

    @Test
    void aTreeWithNothingToMaskComesBackAsItIs() {
        JsonNode arguments = PraxisJson.parse("{\"a\":2,\"b\":[1,\"two\",{\"c\":true}],\"note\":\"plain text\"}");

        assertThat(Redaction.redact(arguments, List.of("sk-live-12345"))).isSameAs(arguments);
    }

    @Test
    void masksSecretFieldsAndValuesAndKeepsOrderAndTheInputIntact() {
        String json = "{\"user\":\"ann\",\"nested\":{\"keep\":1,\"api_key\":\"k-123456\"},"
                + "\"list\":[\"ok\",\"uses sk-live-12345 here\"],\"last\":null,\"password\":null}";
        JsonNode arguments = PraxisJson.parse(json);

        JsonNode redacted = Redaction.redact(arguments, List.of("sk-live-12345"));

        assertThat(redacted.toString()).isEqualTo("{\"user\":\"ann\",\"nested\":{\"keep\":1,\"api_key\":\"***\"},"
                + "\"list\":[\"ok\",\"uses *** here\"],\"last\":null,\"password\":null}");
        assertThat(arguments.toString()).isEqualTo(json);
        assertThat(redacted.get("user")).isSameAs(arguments.get("user"));
        assertThat(redacted.get("list").get(0)).isSameAs(arguments.get("list").get(0));
    }
}
