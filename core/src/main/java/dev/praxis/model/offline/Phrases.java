package dev.praxis.model.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free-text values: a quoted phrase, or what follows "looking for", "find", "search for", "about"... up to a
 * price or filter cue ("under $100", "in Footwear") or the end of the clause.
 */
final class Phrases {

    private static final Pattern QUOTED = Pattern.compile("[\"“‘]([^\"”’]{2,})[\"”’]|(?<!\\w)'([^']{2,})'(?!\\w)");
    private static final Pattern AFTER_CUE = Pattern.compile("(?i)\\b(?:looking for|look for|search(?:ing)? for|"
            + "searching|search|find me|find|show me|i need|i want|do you (?:have|sell)|about|for)\\s+"
            + "(?:an?\\s+|the\\s+|some\\s+|any\\s+)?(.+?)(?=\\s+(?:under|below|over|above|less than|more than|cheaper"
            + "|between|from|priced|costing|in|with a|at most|at least|up to)\\b|[.,;?!]|$)");

    private Phrases() {
    }

    private static final Pattern REASON = Pattern.compile("(?i)\\b(?:because|since|as|due to)\\s+(.+?)[.!?]*$");

    /** The reason given: what follows "because", "since", "due to". */
    static Optional<String> reason(String text) {
        Matcher m = REASON.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static Optional<String> find(String text) {
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            return Optional.of(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        Matcher cue = AFTER_CUE.matcher(text);
        return cue.find() ? Optional.of(cue.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
