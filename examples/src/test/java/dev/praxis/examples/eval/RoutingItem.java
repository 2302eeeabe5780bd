package dev.praxis.examples.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One labelled request of the routing evaluation set (issue 15; format in docs/models.md, "Offline mode"): the
 * request, its agent and language, and either the tool and arguments of the expected first call
 * ({@code expect = "call"}) or {@code expect = "no_call"} with the read-only tools that are also acceptable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RoutingItem(String id, String agent, String lang, String voice, String request, String expect, String tool,
                   JsonNode arguments, @JsonProperty("class") String kind, String note,
                   List<String> allowed) {

    RoutingItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent of " + id);
        Objects.requireNonNull(lang, "lang of " + id);
        Objects.requireNonNull(request, "request of " + id);
        if (!"call".equals(expect) && !"no_call".equals(expect)) {
            throw new IllegalArgumentException(id + ": expect must be call or no_call, got " + expect);
        }
        if ("call".equals(expect) && (tool == null || arguments == null)) {
            throw new IllegalArgumentException(id + ": expect=call needs tool and arguments");
        }
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    boolean expectsCall() {
        return "call".equals(expect);
    }
}
