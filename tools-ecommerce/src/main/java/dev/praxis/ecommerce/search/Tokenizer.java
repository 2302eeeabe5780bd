package dev.praxis.ecommerce.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-cases, splits on anything but letters and digits, drops stop words (English, and the function words of
 * the other languages the {@link Lexicon} reads) and reduces word forms with a light stemmer: plurals, "-ing",
 * "-ed" and a final silent "e", so that "chopping", "chopped" and "chop" or "hiking" and "hike" meet.
 */
final class Tokenizer {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "has", "have", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that",
            "the", "this", "to", "was", "we", "with", "you", "your", "want", "need", "looking", "something", "some",
            "der", "die", "das", "den", "dem", "für", "mit", "aus", "und", "zum", "zur", "im", "ein", "eine", "einen",
            "ich", "suche", "gegen", "lange", "el", "la", "los", "las", "de", "del", "para", "en", "un", "una", "que",
            "sea", "por", "al", "y", "le", "les", "des", "du", "pour", "à", "au", "et", "da", "per", "il");

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
        return suffix(plural(word));
    }

    private static String suffix(String word) {
        String base = word;
        if (word.length() > 5 && word.endsWith("ing")) {
            base = undouble(word.substring(0, word.length() - 3));
        } else if (word.length() > 5 && word.endsWith("ed")) {
            base = undouble(word.substring(0, word.length() - 2));
        }
        if (base.length() >= 4 && base.endsWith("e") && !isVowel(base.charAt(base.length() - 2))) {
            base = base.substring(0, base.length() - 1);
        }
        return base.length() >= 3 ? base : word;
    }

    /** "chopp" from "chopping" back to "chop"; "ll", "ss" and "zz" stay ("spelling", "dressed"). */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))
                && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String plural(String word) {
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
