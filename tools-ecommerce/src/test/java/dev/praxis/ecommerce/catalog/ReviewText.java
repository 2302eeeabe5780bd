package dev.praxis.ecommerce.catalog;

import java.util.Random;

/** Short original review sentences, by sentiment. */
final class ReviewText {

    private static final String[] GOOD = {
            "Exactly what I hoped for in a %s. Well made and comfortable.",
            "Best %s I have owned; worth every cent.",
            "Used this %s every week for three months and it still looks new.",
            "Arrived quickly and the %s works perfectly."};
    private static final String[] MIXED = {
            "Decent %s, but it runs a little small.",
            "The %s does the job, though the finish could be better.",
            "Good value %s; instructions were confusing."};
    private static final String[] BAD = {
            "My %s broke after two weeks. Disappointed.",
            "Not as described; this %s felt cheap."};

    private ReviewText() {
    }

    static String of(CatalogKinds.Kind kind, int stars, Random r) {
        String[] pool = stars >= 4 ? GOOD : stars == 3 ? MIXED : BAD;
        return String.format(pool[r.nextInt(pool.length)], kind.name());
    }
}
