package dev.praxis.approval;

import dev.praxis.tool.ToolException;

import java.util.Objects;

/**
 * An approval token was refused. The message is written for the model (what is wrong, what to do: prepare the
 * action again and ask the person again); {@link #reason()} lets a tool word it for its own domain.
 */
public final class ActionTokenException extends ToolException {

    /** Why a token was refused. */
    public enum Reason {
        /** No token was given. */
        MISSING,
        /** Not a token of this format (truncated, altered, or a token of another system). */
        MALFORMED,
        /** The signature does not match: not issued under this key, or altered. */
        BAD_SIGNATURE,
        /** Issued in another conversation. */
        OTHER_SESSION,
        /** Issued for another kind of action (a refund token given to checkout). */
        OTHER_KIND,
        /** Issued for a different action than the one about to run (the cart, order or price changed). */
        OTHER_ACTION,
        /** Its expiry has passed. */
        EXPIRED,
        /** Already used once. */
        USED,
        /** The issuer's terms are not met, e.g. the price moved outside the approved bound. */
        TERMS_NOT_MET
    }

    /** Why the token was refused. */
    private final Reason reason;

    /**
     * A refusal for {@code reason}, explained by {@code message}.
     *
     * @param reason why the token is refused
     * @param message what the model or the person is told
     */
    public ActionTokenException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the token was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
