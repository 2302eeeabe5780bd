package dev.praxis.memory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name and type of one entry of {@link SessionState}, so state is read back with the type it was written
 * with instead of cast from a string-keyed map.
 *
 * <pre>{@code
 * static final StateKey<String> CART_ID = StateKey.of("cart_id", String.class);
 * memory.state(sessionId).put(CART_ID, "c-42");
 * Optional<String> cart = memory.state(sessionId).get(CART_ID);
 * }</pre>
 *
 * Values are stored as JSON (Praxis' snake_case mapper), so use strings, numbers, {@code BigDecimal}, enums,
 * {@code java.time} types or records of those. Names starting with {@code praxis.} are reserved.
 */
public record StateKey<T>(String name, Class<T> type) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    static final String RESERVED_PREFIX = "praxis.";

    /**
     * Checks that the name matches the key pattern.
     *
     * @param name the entry's name
     * @param type the class of its value
     */
    public StateKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("state key name must match " + NAME + ", got '" + name + "'");
        }
    }

    /**
     * A key for user state; its name may not start with {@code praxis.}.
     *
     * @param <T> the value's type
     * @param name the key's name
     * @param type the value's class
     * @return the key
     */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        if (name != null && name.startsWith(RESERVED_PREFIX)) {
            throw new IllegalArgumentException("state key names starting with '" + RESERVED_PREFIX
                    + "' are reserved for Praxis, got '" + name + "'");
        }
        return new StateKey<>(name, type);
    }

    /** A key Praxis itself uses (e.g. the running summary). */
    static <T> StateKey<T> internal(String name, Class<T> type) {
        return new StateKey<>(RESERVED_PREFIX + name, type);
    }
}
