package dev.praxis.model.offline;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers in a request (order ids, SKUs, product and cart ids, discount codes). When the
 * parameter's description gives an example ("Order id, e.g. O-1001"), only tokens of the same shape match:
 * the same letter prefix, then digits, letters and separators in the same order. Each token is used once.
 */
final class Identifiers {

    private static final Pattern EXAMPLE = Pattern.compile("(?i)e\\.g\\.?\\s+([A-Za-z0-9][\\w-]*\\d[\\w-]*)");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w-])#?([A-Za-z0-9][\\w-]*[A-Za-z0-9]|[A-Za-z0-9])(?![\\w-])");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "12hr", "5kg", "30min", "4k", "2nd": a figure with its unit or ending is no identifier. */
    private static final Pattern MEASURE = Pattern.compile("(?i)\\d+(?:[.,]\\d+)?(?:hr|hrs|h|min|mins|s|sec|k|kg|g|km|"
            + "m|cm|mm|l|ml|gb|tb|mb|mp|w|kw|v|mah|in|ft|lb|lbs|oz|st|nd|rd|th|x|er|e|º|°)");

    private final String text;
    private final Set<Integer> claimed = new HashSet<>();
    private boolean lastCued;

    Identifiers(String text) {
        this.text = text;
    }

    /**
     * The identifier for a parameter: the token right after the {@code cue} regex ("cart C1", "code SAVE10") when there
     * is one, else one shaped like the description's example, else the first identifier-like token.
     */
    Optional<String> find(String description, boolean codeLike, String cue) {
        return find(description, codeLike, cue, null);
    }

    /** Whether the last {@link #find} took its token from a cue word ("cart C1"): strong evidence. */
    boolean lastWasCued() {
        return lastCued;
    }

    /**
     * As {@link #find(String, boolean, String)}; without a cue hit or an example shape, a token is accepted
     * only if it starts with {@code initial} (cart ids with C, line ids with L) when {@code initial} is given.
     */
    Optional<String> find(String description, boolean codeLike, String cue, Character initial) {
        lastCued = false;
        Optional<Pattern> shape = shapeOf(description);
        Optional<String> cued = cue == null || cue.isEmpty() ? Optional.empty() : findCued(cue, shape);
        if (cued.isPresent()) {
            return cued;
        }
        Matcher m = TOKEN.matcher(text);
        String fallback = null;
        int fallbackAt = -1;
        while (m.find()) {
            String token = m.group(1);
            if (claimed.contains(m.start(1)) || ISO_DATE.matcher(token).matches() || MEASURE.matcher(token).matches()) {
                continue;
            }
            if (shape.isPresent()) {
                if (shape.get().matcher(token).matches()) {
                    claimed.add(m.start(1));
                    return Optional.of(token);
                }
                continue;
            }
            if (initial != null && Character.toUpperCase(token.charAt(0)) != Character.toUpperCase(initial)) {
                continue;
            }
            boolean hasDigit = token.chars().anyMatch(Character::isDigit);
            boolean hasLetter = token.chars().anyMatch(Character::isLetter);
            boolean upperCode = codeLike && token.length() >= 4 && token.equals(token.toUpperCase())
                    && hasLetter && !token.contains("-");
            if ((hasDigit && hasLetter) || upperCode) {
                claimed.add(m.start(1));
                return Optional.of(token);
            }
            if (fallback == null && hasDigit && token.length() >= 3 && !token.contains(".")) {
                fallback = token;
                fallbackAt = m.start(1);
            }
        }
        if (fallback != null) {
            claimed.add(fallbackAt);
        }
        return Optional.ofNullable(fallback);
    }

    private Optional<String> findCued(String cue, Optional<Pattern> shape) {
        Matcher cued = Pattern.compile("(?i)\\b(?:" + cue + ")\\s+(?:id\\s+|number\\s+|#)?"
                + "([A-Za-z0-9][\\w-]*\\d[\\w-]*|(?-i:[A-Z0-9]{4,}))(?![\\w-])").matcher(text);
        while (cued.find()) {
            boolean fits = shape.map(s -> s.matcher(cued.group(1)).matches()).orElse(true);
            if (fits && !claimed.contains(cued.start(1))) {
                claimed.add(cued.start(1));
                lastCued = true;
                return Optional.of(cued.group(1));
            }
        }
        return Optional.empty();
    }

    /** How many identifier-like tokens (letters and digits) no parameter took. */
    int unclaimed() {
        Matcher m = TOKEN.matcher(text);
        int count = 0;
        while (m.find()) {
            String token = m.group(1);
            boolean idLike = token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter)
                    && !ISO_DATE.matcher(token).matches();
            if (idLike && !claimed.contains(m.start(1))) {
                count++;
            }
        }
        return count;
    }

    /**
     * A pattern for tokens shaped like the example: the same letter prefix, then digits and letters in the same
     * order, then the same number of separated segments of letters or digits ("P0042-BLA-42" matches
     * "P0113-BLU-L").
     */
    static Optional<Pattern> shapeOf(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = EXAMPLE.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        String example = m.group(1);
        int dash = example.indexOf('-', 1);
        String head = dash < 0 ? example : example.substring(0, dash);
        int prefix = 0;
        while (prefix < head.length() && Character.isLetter(head.charAt(prefix))) {
            prefix++;
        }
        StringBuilder regex = new StringBuilder("(?i)").append(Pattern.quote(head.substring(0, prefix)));
        String rest = head.substring(prefix);
        if (rest.startsWith("-")) {
            regex.append('-');
            rest = rest.substring(1);
        }
        for (Matcher run = Pattern.compile("\\d+|[A-Za-z]+|.").matcher(rest); run.find(); ) {
            String part = run.group();
            regex.append(Character.isDigit(part.charAt(0)) ? "\\d+"
                    : Character.isLetter(part.charAt(0)) ? "[A-Za-z]+" : Pattern.quote(part));
        }
        if (dash >= 0) {
            long segments = example.substring(dash).chars().filter(c -> c == '-').count();
            regex.append("(?:-[A-Za-z0-9]+){").append(segments).append('}');
        }
        return Optional.of(Pattern.compile(regex.toString()));
    }
}
