package dev.praxis.ecommerce.catalog;

import java.util.Objects;

/**
 * A store policy as published to shoppers (returns, shipping, warranty...). Answers about policy quote these
 * documents instead of inventing rules.
 *
 * @param id    stable id, e.g. {@code returns}
 * @param title heading
 * @param text  the policy text
 */
public record PolicyDocument(String id, String title, String text) {

    /**
     * Checks that every field is present.
     *
     * @param id stable id, e.g. {@code returns}
     * @param title heading
     * @param text the policy text
     */
    public PolicyDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
