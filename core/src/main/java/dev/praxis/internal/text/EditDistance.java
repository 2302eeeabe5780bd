package dev.praxis.internal.text;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two adjacent characters,
 * each substring edited once. Used for "did you mean" on argument names and for typo tolerance in search.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b}.
     *
     * @param a one text
     * @param b the other text
     * @return the Levenshtein distance
     */
    public static int between(String a, String b) {
        return atMost(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit} (no need to finish).
     *
     * @param a one text
     * @param b the other text
     * @param limit the largest distance of interest
     * @return the distance, or {@code limit + 1} when it is larger than {@code limit}
     */
    public static int atMost(String a, String b, int limit) {
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
