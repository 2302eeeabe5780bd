package dev.praxis.healthcare.cardio;

import java.util.List;

/**
 * A point score with its items.
 *
 * @param score the sum of the items' points
 * @param maximum the largest possible score
 * @param items every item, present or not, in the paper's order
 * @param formula the score's name and how it is summed
 * @param reference where it is published
 * @param disclaimer the fixed disclaimer
 */
public record ScoreResult(int score, int maximum, List<ScoreItem> items, String formula, String reference,
                          String disclaimer) {

    /**
     * Copies the items.
     *
     * @param score the sum of the items' points
     * @param maximum the largest possible score
     * @param items every item
     * @param formula the score's name and how it is summed
     * @param reference where it is published
     * @param disclaimer the fixed disclaimer
     */
    public ScoreResult {
        items = List.copyOf(items);
    }
}
