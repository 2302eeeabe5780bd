package dev.praxis.ecommerce.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lower-cases, splits on anything but letters and digits, drops stop words and folds simple plurals. */
final class Tokenizer {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "has", "have", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that",
            "the", "this", "to", "was", "we", "with", "you", "your", "want", "need", "looking", "something", "some");

    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty() && !STOP.contains(raw)) {
                out.add(stem(raw));
            }
        }
        return out;
    }

    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
