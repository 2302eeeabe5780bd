package dev.praxis.examples.eval;

import java.util.List;
import java.util.Objects;

/**
 * A conversation with one example agent, turn by turn, with what each turn must do. All turns share one session,
 * so later turns can refer to earlier ones ("add it to my cart", "yes, buy them").
 *
 * @param id          unique id, e.g. {@code shop-checkout-deny}
 * @param agent       finance, shop or support
 * @param description what the scenario checks and why its labels are what they are
 * @param session     the session id the turns run in (default {@code eval-<id>}); each run starts it empty
 * @param tags        free labels for filtering and reading the report (voice, language, refusal...)
 * @param turns       at least one
 */
public record Scenario(String id, String agent, String description, String session, List<String> tags,
                       List<Turn> turns) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(session, "session");
        tags = List.copyOf(tags);
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + " has no turns");
        }
    }
}
