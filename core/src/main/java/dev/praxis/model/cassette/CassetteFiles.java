package dev.praxis.model.cassette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.praxis.PraxisException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A cassette directory: one pretty-printed JSON file per interaction, {@code interaction-0001.json},
 * {@code interaction-0002.json}..., so a changed exchange shows up as a small diff of one file.
 */
final class CassetteFiles {

    static final int MAX_INTERACTIONS = 9999;
    private static final Pattern NAME = Pattern.compile("interaction-\\d{4}\\.json");
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final ObjectWriter WRITER = InteractionJson.JSON.copy()
            .enable(SerializationFeature.INDENT_OUTPUT).writer();

    private CassetteFiles() {
    }

    static String name(int number) {
        return String.format(Locale.ROOT, "interaction-%04d.json", number);
    }

    /** The interaction files in {@code dir}, in order; empty when the directory does not exist. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cassette directory " + dir, e);
        }
    }

    static void write(Path file, JsonNode interaction) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, WRITER.writeValueAsString(interaction) + "\n", StandardCharsets.UTF_8);
            // a crash mid-write leaves a .partial file, never a half cassette that replay would trip over
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cassette " + file, e);
        }
    }

    static JsonNode read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PraxisException("cassette " + file + " is over " + MAX_FILE_BYTES + " bytes; refusing it");
            }
            JsonNode json = InteractionJson.JSON.readTree(file.toFile());
            if (json == null || !json.path("request").isObject() || !json.path("response").isObject()) {
                throw new PraxisException("cassette " + file + " needs a request and a response object");
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PraxisException("cassette " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cassette " + file, e);
        }
    }
}
