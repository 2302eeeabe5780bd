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

    private final String text;
    private final Set<Integer> claimed = new HashSet<>();

    Identifiers(String text) {
        this.text = text;
    }

    /** The identifier for a parameter, shaped like the description's example when it gives one. */
    Optional<String> find(String description, boolean codeLike) {
        Optional<Pattern> shape = shapeOf(description);
        Matcher m = TOKEN.matcher(text);
        String fallback = null;
        int fallbackAt = -1;
        while (m.find()) {
            String token = m.group(1);
            if (claimed.contains(m.start(1)) || ISO_DATE.matcher(token).matches()) {
                continue;
            }
            if (shape.isPresent()) {
                if (shape.get().matcher(token).matches()) {
                    claimed.add(m.start(1));
                    return Optional.of(token);
                }
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

    /** A pattern for tokens shaped like the example: "P0042-BLA-42" gives P\d+-[A-Za-z]+-\d+. */
    static Optional<Pattern> shapeOf(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = EXAMPLE.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        String example = m.group(1);
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < example.length() && Character.isLetter(example.charAt(i))) {
            i++;
        }
        regex.append("(?i)").append(Pattern.quote(example.substring(0, i)));
        while (i < example.length()) {
            char c = example.charAt(i);
            int j = i;
            if (Character.isDigit(c)) {
                while (j < example.length() && Character.isDigit(example.charAt(j))) {
                    j++;
                }
                regex.append("\\d+");
            } else if (Character.isLetter(c)) {
                while (j < example.length() && Character.isLetter(example.charAt(j))) {
                    j++;
                }
                regex.append("[A-Za-z]+");
            } else {
                j++;
                regex.append(Pattern.quote(String.valueOf(c)));
            }
            i = j;
        }
        return Optional.of(Pattern.compile(regex.toString()));
    }
}
