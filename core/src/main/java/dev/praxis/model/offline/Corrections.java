package dev.praxis.model.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value corrected in the same message ("at 5%... no wait, 5.5%", "sell 10 NVDA... nah, make it 15", "GOOG, sorry,
 * I mean Alphabet"): the value said before the correction is dropped, so that only the corrected one is read. Cues in
 * English, German, Spanish, French, Italian and Chinese.
 */
final class Corrections {

    private static final Pattern MARKER = Pattern.compile("(?iu)\\s*(?:\\.\\.\\.|…|,|;|-|—)?\\s*(?<![\\p{L}])(?:no wait|"
            + "wait,? no|nah,? make it|make that|make it|sorry,? i mean|i mean|correction|oops|scratch that|"
            + "ich meine|äh|nein,? (?=\\d)|non,? (?:pardon,? )?(?=\\d)|no,? (?=\\d)|moment,? (?=\\d)|perdón,? quise decir|quise decir|mejor dicho|perdón|"
            + "je veux dire|pardon|plutôt|cioè|anzi|volevo dire)(?![\\p{L}])[,:]?\\s*|\\s*[,，]?\\s*(?:不对|我是说|应该是)[,，]?\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,']*(?:\\s*%)?");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\s*$");

    private Corrections() {
    }

    /** {@code text} with each corrected value removed; unchanged without a correction. */
    static String apply(String request) {
        Matcher m = MARKER.matcher(request);
        if (!m.find() || m.end() >= request.length()) {
            return request;
        }
        // "septante... non, sept paires": corrected number words are compared as figures
        String text = NumberWords.toDigits(request);
        m = MARKER.matcher(text);
        if (!m.find() || m.end() >= text.length()) {
            return request;
        }
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('?'), before.lastIndexOf('!')));
        if (Character.isDigit(after.charAt(0))) {
            boolean percent = after.replaceFirst("^\\d[\\d.,']*\\s*", "").startsWith("%");
            int start = -1;
            int end = -1;
            Matcher n = NUMBER.matcher(before);
            while (n.find()) {
                if (n.start() > sentence && n.group().endsWith("%") == percent) {
                    start = n.start();
                    end = n.end();
                }
            }
            Matcher b = NUMBER.matcher(after);
            // the corrected value takes the place of the first: "sell 15 nvda on the paper account"
            return start < 0 || !b.lookingAt() ? text
                    : before.substring(0, start) + b.group() + before.substring(end) + after.substring(b.end());
        }
        Matcher w = LAST_WORD.matcher(before);
        boolean valueBefore = w.find() && w.group(1).equals(w.group(1).toUpperCase(java.util.Locale.ROOT))
                && w.group(1).length() <= 6;
        return valueBefore ? before.substring(0, w.start()) + " " + after : text;
    }
}
