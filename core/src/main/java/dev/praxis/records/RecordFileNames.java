package dev.praxis.records;

import java.util.Optional;

/**
 * File names for record ids. An upper-case letter is written as {@code ^} and the letter in lower case, so
 * {@code C1} and {@code c1} get different files also on case-insensitive file systems (macOS, Windows), and names
 * stay within 255 bytes for the longest id. Names starting with a dot are the store's own (temporary and lock
 * files) and are never a record's.
 */
final class RecordFileNames {

    static final String SUFFIX = ".json";

    private RecordFileNames() {
    }

    static String record(String id) {
        return encode(id) + SUFFIX;
    }

    static String temporary(String id) {
        return "." + encode(id) + ".tmp";
    }

    static String lock(String id) {
        return "." + encode(id) + ".lock";
    }

    /** The id a record file holds, or empty for any other file. */
    static Optional<String> id(String fileName) {
        if (fileName.startsWith(".") || !fileName.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String encoded = fileName.substring(0, fileName.length() - SUFFIX.length());
        StringBuilder id = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '^' && i + 1 < encoded.length()) {
                id.append(Character.toUpperCase(encoded.charAt(++i)));
            } else {
                id.append(c);
            }
        }
        String decoded = id.toString();
        return RecordRules.ID.matcher(decoded).matches() ? Optional.of(decoded) : Optional.empty();
    }

    private static String encode(String id) {
        StringBuilder name = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                name.append('^').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
