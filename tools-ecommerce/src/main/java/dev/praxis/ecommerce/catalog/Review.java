package dev.praxis.ecommerce.catalog;

import java.util.Objects;

/**
 * A customer review. Its text is untrusted: shown to a model only inside {@link UntrustedText}.
 *
 * @param author display name
 * @param stars  1 to 5
 * @param text   the review
 */
public record Review(String author, int stars, String text) {

    /**
     * Cleans the author and text and checks that stars is 1 to 5.
     *
     * @param author display name
     * @param stars 1 to 5
     * @param text the review
     */
    public Review {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        author = UntrustedText.clean(author);
        text = UntrustedText.clean(text);
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1-5, got " + stars);
        }
    }
}
