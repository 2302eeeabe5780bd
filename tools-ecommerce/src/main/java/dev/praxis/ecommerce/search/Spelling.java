package dev.praxis.ecommerce.search;

import dev.praxis.internal.text.EditDistance;

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
            int d = EditDistance.atMost(word, term, allowed);
            if (d < bestDistance || (d == bestDistance && e.getValue() > bestDf)
                    || (d == bestDistance && e.getValue() == bestDf && best != null && term.compareTo(best) < 0)) {
                best = term;
                bestDistance = d;
                bestDf = e.getValue();
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }
}
