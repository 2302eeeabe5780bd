package dev.praxis.json;

/**
 * A JSON array longer than the reader allows, refused while reading (see {@link PraxisJson#parse(String, int)}).
 * It names the array so that the caller can report the limit that applies to it.
 */
public final class ArrayTooLongException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the array. */
    private final String pointer;
    /** The most items allowed. */
    private final int maxItems;

    /**
     * An array at {@code pointer} (a JSON pointer such as {@code /flows}) with more than {@code maxItems} items.
     *
     * @param pointer the JSON pointer of the array
     * @param maxItems the most items allowed
     */
    public ArrayTooLongException(String pointer, int maxItems) {
        super("the array at " + (pointer.isEmpty() ? "the root" : pointer) + " has more than " + maxItems + " items");
        this.pointer = pointer;
        this.maxItems = maxItems;
    }

    /**
     * The JSON pointer of the array, e.g. {@code /flows} or {@code /lines/2/tags}; empty for the root.
     *
     * @return the JSON pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The most items the reader allowed.
     *
     * @return the limit
     */
    public int maxItems() {
        return maxItems;
    }
}
