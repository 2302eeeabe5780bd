package dev.praxis.ecommerce.policy;

/**
 * A sentence-level passage of a policy document.
 *
 * @param policyId document id, e.g. {@code returns}
 * @param title    document title
 * @param text     the passage, verbatim
 * @param score    relevance to the question (BM25), only its order matters
 */
public record PolicyPassage(String policyId, String title, String text, double score) {
}
