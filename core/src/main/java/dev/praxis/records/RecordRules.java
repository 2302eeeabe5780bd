package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** The checks every store makes, so all of them refuse the same input with the same words. */
final class RecordRules {

    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    // Letters, digits and . _ - only: every id is a safe file name on every platform, and never "." or "..".
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private RecordRules() {
    }

    static String kind(String kind) {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must match " + KIND + " (lower case, 1..63 characters), got '"
                    + shorten(kind) + "'");
        }
        return kind;
    }

    static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must match " + ID + " (letters, digits, '.', '_', '-';"
                    + " 1..100 characters, starting with a letter or digit), got '" + shorten(id) + "'");
        }
        return id;
    }

    static long version(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be >= 0 (0: the record must not exist), got "
                    + expectedVersion);
        }
        return expectedVersion;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > RecordStore.MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1.." + RecordStore.MAX_PAGE + ", got " + limit);
        }
        return limit;
    }

    static String afterId(String afterId) {
        Objects.requireNonNull(afterId, "afterId (use \"\" for the first page)");
        return afterId.isEmpty() ? afterId : id(afterId);
    }

    /** The document as compact JSON, refused unless it is an object within the size limit. */
    static String json(String kind, String id, JsonNode doc) {
        Objects.requireNonNull(doc, "doc");
        if (!doc.isObject()) {
            throw new IllegalArgumentException("the document of " + kind + " '" + id + "' must be a JSON object, got "
                    + doc.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String json = PraxisJson.write(doc);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > RecordStore.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("the document of " + kind + " '" + id + "' is " + bytes
                    + " bytes, over the limit of " + RecordStore.MAX_DOCUMENT_BYTES + " bytes; nothing was written");
        }
        return json;
    }

    /** Parses a document that a store wrote, exactly (decimals stay decimals). */
    static ObjectNode parse(String json) {
        return (ObjectNode) PraxisJson.parse(json);
    }

    /** Timestamps are kept to the millisecond, the precision every store can hold. */
    static Instant now(Clock clock) {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static String shorten(String value) {
        return value.length() <= 120 ? value : value.substring(0, 120) + "...";
    }
}
