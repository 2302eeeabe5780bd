package dev.praxis.internal.text;

import dev.praxis.internal.text.Redaction;

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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "cannot connect to http://ann:hunter2@127.0.0.1:8000/v1: is vLLM running? | cannot connect to http://***@127.0.0.1:8000/v1: is vLLM running?",
            "at https://ghp_abcdef123456@llm.example.com | at https://***@llm.example.com",
            "at http://ann:p@ss@host:1/v1 | at http://***@host:1/v1",
            "GET http://host/v1/models?key=abc123&model=q | GET http://host/v1/models?key=***&model=q",
            "http://host/v1?api_key=abc123 | http://host/v1?api_key=***",
            "http://host/v1?model=q&token=abc123#frag | http://host/v1?model=q&token=***#frag",
            "http://host/v1?access_token=abc123&x=1 | http://host/v1?access_token=***&x=1",
            "http://host/v1?password=abc123 | http://host/v1?password=***",
            "mail ann@example.com about http://host/a@b | mail ann@example.com about http://host/a@b"})
    void masksCredentialsInUrls(String text, String expected) {
        assertThat(Redaction.redact(text)).isEqualTo(expected);
        assertThat(Redaction.redact(text, List.of())).isEqualTo(expected);
    }

    @Test
    void masksUrlCredentialsInsideJsonStringsToo() {
        JsonNode record = PraxisJson.parse("{\"error\":\"cannot connect to http://ann:hunter2@h:1/v1?key=k1\"}");

        assertThat(Redaction.redact(record, List.of()).toString())
                .isEqualTo("{\"error\":\"cannot connect to http://***@h:1/v1?key=***\"}");
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
