package dev.praxis.approval;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an approval token says, once {@link ActionTokens} has read it: which token, for what kind of action, until
 * when, and the signed terms the issuer attached (a trade's price bound, for instance).
 *
 * @param value      the token text, as handed to the model and back
 * @param id         random id, unique per token; what {@link UsedTokens} records
 * @param kind       the kind of action it approves, e.g. {@code checkout}, {@code refund}, {@code trade}
 * @param actionHash lower-case hex SHA-256 of the canonical JSON of the previewed action
 * @param expiresAt  the token is valid while {@code now < expiresAt}
 * @param terms      signed name/value pairs the issuer attached; empty when none
 */
public record ActionToken(String value, String id, String kind, String actionHash, Instant expiresAt,
                          Map<String, String> terms) {

    /**
     * Checks that every component is present.
     *
     * @param value the token text, as handed to the model and back
     * @param id random id, unique per token; what {@link UsedTokens} records
     * @param kind the kind of action it approves, e.g. {@code checkout}, {@code refund}, {@code trade}
     * @param actionHash lower-case hex SHA-256 of the canonical JSON of the previewed action
     * @param expiresAt the token is valid while {@code now < expiresAt}
     * @param terms signed name/value pairs the issuer attached; empty when none
     */
    public ActionToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actionHash, "actionHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        terms = Map.copyOf(terms);
    }

    /**
     * The term called {@code name}, or an {@link ActionTokenException} when the issuer attached none.
     *
     * @param name the term's name
     * @return its value
     */
    public String term(String name) {
        String found = terms.get(name);
        if (found == null) {
            throw new ActionTokenException(ActionTokenException.Reason.MALFORMED,
                    "approval_token carries no '" + name + "'; use the token exactly as the preview returned it");
        }
        return found;
    }
}
