package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.memory.store.StoreException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The file of one record: {@code {"kind":..,"id":..,"version":n,"updated_at":..,"doc":{..}}}, or, once deleted,
 * the same without {@code doc} and with {@code "deleted":true}, so the version keeps growing. A new version is
 * written to a temporary file, forced to disk, then renamed over the old file and the directory forced too: a
 * crash leaves the old file or the new one, never a mix, and a torn temporary file is never renamed.
 *
 * @param version the version in the file; 0 when there is no file
 * @param json    the document as compact JSON, or null when there is no file or the record was deleted
 */
record RecordFile(long version, String json, Instant updatedAt) {

    static final RecordFile NONE = new RecordFile(0, null, Instant.EPOCH);

    /** The version a writer must expect: 0 for no record or a deleted one. */
    long live() {
        return json == null ? 0 : version;
    }

    StoredRecord stored(String kind, String id) {
        return new StoredRecord(kind, id, version, RecordRules.parse(json), updatedAt);
    }

    /** Reads the file; {@link #NONE} if there is none. A file that is not a whole record is refused, never skipped. */
    static RecordFile read(Path file, String kind, String id) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException e) {
            throw new StoreException("cannot read " + kind + " '" + id + "' from " + file + ": " + e, e);
        }
        try {
            JsonNode node = PraxisJson.parse(text);
            if (!node.path("kind").asText().equals(kind) || !node.path("id").asText().equals(id)
                    || !node.path("version").canConvertToLong() || node.path("version").asLong() < 1) {
                throw new IllegalArgumentException("not the record file of " + kind + " '" + id + "'");
            }
            JsonNode doc = node.path("doc");
            if (!doc.isObject() && !node.path("deleted").asBoolean()) {
                throw new IllegalArgumentException("it has neither a document nor a deletion mark");
            }
            return new RecordFile(node.get("version").asLong(), doc.isObject() ? PraxisJson.write(doc) : null,
                    Instant.parse(node.path("updated_at").asText()));
        } catch (RuntimeException e) {
            throw new StoreException("corrupt record file " + file + " (" + e.getMessage() + "); it was left as is:"
                    + " restore it from a backup or remove it to drop the record", e);
        }
    }

    /** Writes this record as the file of {@code kind}/{@code id}, durably and atomically. */
    void write(Path directory, String kind, String id) throws IOException {
        StringBuilder text = new StringBuilder(64 + (json == null ? 0 : json.length()))
                .append("{\"kind\":\"").append(kind).append("\",\"id\":\"").append(id)
                .append("\",\"version\":").append(version)
                .append(",\"updated_at\":\"").append(updatedAt).append('"');
        text.append(json == null ? ",\"deleted\":true" : ",\"doc\":" + json).append("}\n");
        Path temporary = directory.resolve(RecordFileNames.temporary(id));
        // Only the holder of the record's lock writes its temporary file, so a leftover one is a dead writer's.
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, directory.resolve(RecordFileNames.record(id)), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        FileRecordStore.syncDirectory(directory);
    }
}
