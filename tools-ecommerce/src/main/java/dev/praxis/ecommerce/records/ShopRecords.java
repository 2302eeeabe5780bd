package dev.praxis.ecommerce.records;

import dev.praxis.json.PraxisJson;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The record kinds of the e-commerce pack and its id sequences. Every kind starts with {@code shop_} so the pack
 * can share one store with other packs; idempotency keys live in core's {@code idempotency} kind under ids that
 * start with {@code shop-}.
 *
 * <pre>{@code
 * String id = "C" + ShopRecords.next(records, "cart", 0);   // C1, C2, ... unique across processes on the store
 * }</pre>
 */
public final class ShopRecords {

    /** A cart by its id ({@code C1}). */
    public static final String CART = "shop_cart";
    /** An order by its id ({@code O-1001}). */
    public static final String ORDER = "shop_order";
    /** A prepared checkout by its approval token's id, with the order placed from it. */
    public static final String CHECKOUT = "shop_checkout";
    /** A prepared refund by its approval token's id, with the refund issued from it. */
    public static final String REFUND_REQUEST = "shop_refund_request";
    /** The last number handed out by each id sequence. */
    public static final String SEQUENCE = "shop_sequence";

    /** The last value of a sequence, as stored. */
    record Sequence(long last) {
    }

    private ShopRecords() {
    }

    /**
     * The next number of sequence {@code name}, starting after {@code start}: one compare-and-set, so two
     * processes on the store never get the same number.
     *
     * @param records the record store
     * @param name the sequence's name
     * @param start the number before the first one handed out
     * @return the next number
     */
    public static long next(RecordStore records, String name, long start) {
        return records.update(SEQUENCE, name, Sequence.class, () -> new Sequence(start),
                s -> new Sequence(s.last() + 1)).last();
    }

    /**
     * The record {@code kind}/{@code id} read as a {@code type} through Praxis' JSON mapper, or empty if there is none.
     *
     * @param <T> the record type
     * @param records the record store
     * @param kind the record kind
     * @param id the record id
     * @param type the class to read the document into
     * @return the value, or empty when there is no such record
     * @throws IllegalStateException if the stored document is not a {@code type} (damaged outside the pack)
     */
    public static <T> Optional<T> get(RecordStore records, String kind, String id, Class<T> type) {
        return records.get(kind, id).map(r -> read(r, type));
    }

    /**
     * {@code record}'s document read as a {@code type}, as {@link #get} reads it.
     *
     * @param <T> the record type
     * @param record the stored record
     * @param type the class to read the document into
     * @return the value
     */
    public static <T> T read(StoredRecord record, Class<T> type) {
        try {
            return PraxisJson.convert(record.doc(), type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(record.kind() + " '" + record.id() + "' at version " + record.version()
                    + " cannot be read as a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the record {@code kind}/{@code id} from {@code value}; a record already there is a conflict.
     *
     * @param records the record store
     * @param kind the record kind
     * @param id the record id
     * @param value the value to store as JSON
     */
    public static void create(RecordStore records, String kind, String id, Object value) {
        records.put(kind, id, PraxisJson.tree(value), 0);
    }

    /**
     * A record id for a value that may hold any text (an approval token's id, an idempotency key scoped by its
     * owner): {@code prefix} plus the SHA-256 of the parts, so it always satisfies the store's id rule.
     *
     * @param prefix the id's prefix, naming the kind of value
     * @param parts the texts that identify the value
     * @return the record id
     */
    public static String idOf(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
