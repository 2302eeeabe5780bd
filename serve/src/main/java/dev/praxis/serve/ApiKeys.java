package dev.praxis.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys the server accepts, each mapped to the user id it acts for. A request's
 * {@code Authorization: Bearer KEY} picks the user; that id scopes sessions and approvals and is the
 * {@code ToolContext.userId()} the tools see (carts, orders).
 *
 * <pre>{@code
 * ApiKeys keys = ApiKeys.parse("k-alice-0123456789=alice,k-bob-0123456789=bob");
 * }</pre>
 *
 * @param usersByKey the user id for each key
 */
public record ApiKeys(Map<String, String> usersByKey) {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{16,256}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /**
     * Checks every key (16..256 printable ASCII characters, no spaces) and user id (1..64 letters, digits,
     * {@code . _ @ -}) and copies the map.
     *
     * @param usersByKey the user id for each key
     */
    public ApiKeys {
        if (usersByKey.isEmpty()) {
            throw new IllegalArgumentException("no API keys: give at least one KEY USER_ID pair");
        }
        usersByKey.forEach((key, user) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("an API key must be 16..256 printable characters without spaces (key for user '"
                        + user + "' has " + key.length() + ")");
            }
            if (!USER.matcher(user).matches()) {
                throw new IllegalArgumentException("user id must be 1..64 letters, digits, '.', '_', '@' or '-': '" + user + "'");
            }
        });
        usersByKey = Map.copyOf(usersByKey);
    }

    /**
     * Reads a keys file: one {@code KEY USER_ID} per line; blank lines and lines starting with {@code #} are skipped.
     *
     * @param file the file
     * @return the keys
     * @throws IllegalArgumentException for a line that is not two words (named by its number, never its key) or a
     *                                  key given twice
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ApiKeys fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keys file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length != 2) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'KEY USER_ID', found "
                        + words.length + " words");
            }
            put(keys, words[0], words[1], file + " line " + (i + 1));
        }
        return new ApiKeys(keys);
    }

    /**
     * Parses the {@code PRAXIS_SERVE_KEYS} form: {@code KEY=USER,KEY=USER}.
     *
     * @param pairs the pairs
     * @return the keys
     * @throws IllegalArgumentException for a pair without {@code =} (named by position) or a key given twice
     */
    public static ApiKeys parse(String pairs) {
        Map<String, String> keys = new LinkedHashMap<>();
        String[] items = pairs.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            int eq = item.lastIndexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new IllegalArgumentException("pair " + (i + 1) + ": expected KEY=USER");
            }
            put(keys, item.substring(0, eq), item.substring(eq + 1), "pair " + (i + 1));
        }
        return new ApiKeys(keys);
    }

    private static void put(Map<String, String> keys, String key, String user, String where) {
        if (keys.putIfAbsent(key, user) != null) {
            throw new IllegalArgumentException(where + ": this key was already given");
        }
    }

    /**
     * The user a bearer token acts for, compared in constant time so response timing does not reveal keys.
     *
     * @param token the token from the {@code Authorization} header
     * @return the user id, or empty for an unknown token
     */
    public Optional<String> userFor(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, String> entry : usersByKey.entrySet()) {
            if (MessageDigest.isEqual(given, entry.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = entry.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Never shows the keys.
     *
     * @return the number of keys
     */
    @Override
    public String toString() {
        return "ApiKeys[" + usersByKey.size() + " keys]";
    }
}
