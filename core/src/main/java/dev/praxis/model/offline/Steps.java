package dev.praxis.model.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of a request that asks for two in sequence ("check my cart, then apply code X", "rechne 3.000 Dollar
 * in Euro um und sag mir dann ...", "convierte 500 euros y después ...", "vérifie mon panier, puis ...",
 * "先查一下购物车，然后用优惠码"). Offline mode makes one call a turn, so it makes the first one; a conditional
 * ("if I pay 200 more, then how long ...") is one question, not two steps, and is left whole.
 */
final class Steps {

    private static final Pattern THEN = Pattern.compile("(?iu)\\s*[,;]?\\s*(?<![\\p{L}])(?:and then|and after that|"
            + "then|thereafter|after that|afterwards|und (?:\\p{L}+ ){0,3}dann|und danach|dann|danach|anschließend|"
            + "y (?:luego|después)|luego|después|et (?:puis|ensuite)|puis(?!-)|ensuite|e poi|poi|dopo|"
            // "check the price and, if it's under 140, buy": the condition belongs to the later step
            + "and(?=,?\\s+if\\s)|und(?=,?\\s+wenn\\s)|y(?=,?\\s+si\\s)|et(?=,?\\s+si\\s)|e(?=,?\\s+se\\s))(?![\\p{L}])"
            + "|\\s*[,，]?\\s*(?:然后|之后再|接着)");
    private static final Pattern CONDITIONAL = Pattern.compile("(?iu)^\\s*(?:if|when|wenn|falls|si|se|suppose|"
            + "angenommen|supongamos|supposons)(?![\\p{L}])|^\\s*(?:如果|假如|要是)");
    /** A first step is a clause: enough letters to name something to do. */
    private static final int MIN_LETTERS = 6;

    private Steps() {
    }

    /** The first of two steps in {@code text}, or empty when it asks for one thing. */
    static Optional<String> first(String text) {
        if (CONDITIONAL.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher then = THEN.matcher(text);
        while (then.find()) {
            String before = text.substring(0, then.start()).strip();
            if (before.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS
                    && then.end() < text.strip().length() - 1) {
                return Optional.of(before);
            }
        }
        return Optional.empty();
    }
}
