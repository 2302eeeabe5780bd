package dev.praxis.healthcare.cardio;

/**
 * One item of a point score.
 *
 * @param criterion what the item is, as the score's paper names it
 * @param present whether it applies to the values given
 * @param points the points it adds (0 when absent)
 */
public record ScoreItem(String criterion, boolean present, int points) {
}
