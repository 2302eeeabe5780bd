package dev.praxis.ecommerce.search;

import java.util.Map;
import java.util.Optional;

/**
 * Corrects a misspelt word to the indexed word nearest in optimal-string-alignment distance (Damerau-Levenshtein
 * without repeated edits of one substring: a swap of two neighbouring letters costs 1): one edit for words of 4
 * to 7 letters, two from 8, none below 4 or for words with digits (SKUs, sizes). Ties go to the word in more
 * documents. Immutable.
 */
final class Spelling {

    private static final int MIN_LENGTH = 4;
    private static final int TWO_EDITS_FROM = 8;

    private final Map<String, Integer> documentFrequency;

    Spelling(Map<String, Integer> documentFrequency) {
        this.documentFrequency = Map.copyOf(documentFrequency);
    }

    /** The indexed word {@code word} most likely stands for, if one is near enough. */
    Optional<String> correct(String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int allowed = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        int bestDf = 0;
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            String term = e.getKey();
            if (Math.abs(term.length() - word.length()) > allowed || term.length() < MIN_LENGTH) {
                continue;
            }
            int d = distance(word, term, allowed);
            if (d < bestDistance || (d == bestDistance && e.getValue() > bestDf)
                    || (d == bestDistance && e.getValue() == bestDf && best != null && term.compareTo(best) < 0)) {
                best = term;
                bestDistance = d;
                bestDf = e.getValue();
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance, or {@code limit + 1} once it is known to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}
