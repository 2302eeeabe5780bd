package dev.praxis.examples.eval;

import dev.praxis.json.PraxisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads scenarios from {@code builtin} (the ones shipped in the jar, under {@code eval/scenarios/}), from one JSON
 * file, or from every {@code *.json} file of a directory in name order. A file holds
 * {@code {"scenarios": [ ... ]}}; docs/models.md describes the keys. Files over {@value #MAX_FILE_BYTES} bytes,
 * unknown keys and repeated scenario ids are refused.
 *
 * <pre>{@code
 * List<Scenario> scenarios = ScenarioLoader.load("builtin");
 * }</pre>
 */
public final class ScenarioLoader {

    /** The name that loads the scenarios shipped in the jar. */
    public static final String BUILTIN = "builtin";
    static final int MAX_FILE_BYTES = 1 << 20;
    private static final String BUILTIN_DIR = "eval/scenarios/";

    private ScenarioLoader() {
    }

    /** The scenarios of {@code source}: {@code builtin}, a JSON file or a directory of them. */
    public static List<Scenario> load(String source) {
        List<Scenario> all = new ArrayList<>();
        if (source.equals(BUILTIN)) {
            for (String name : builtinFiles()) {
                all.addAll(parse(BUILTIN + ":" + name, resource(BUILTIN_DIR + name)));
            }
        } else {
            for (Path file : files(Path.of(source))) {
                all.addAll(parse(file.toString(), read(file)));
            }
        }
        requireUniqueIds(all);
        return List.copyOf(all);
    }

    /** The scenarios in one file's text; {@code file} names it in error messages. */
    static List<Scenario> parse(String file, String json) {
        if (json.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(file + ": larger than " + MAX_FILE_BYTES + " bytes; split it into several files");
        }
        try {
            return new ScenarioReader(file).scenarios(PraxisJson.parse(json));
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file + ": not valid JSON: " + e.getMessage());
        }
    }

    private static List<String> builtinFiles() {
        return resource(BUILTIN_DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new ScenarioException(source + ": no such file or directory (or use 'builtin')");
        }
        try (Stream<Path> listing = Files.list(source)) {
            List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new ScenarioException(source + ": no *.json scenario files in this directory");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source, e);
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ScenarioException(file + ": larger than " + MAX_FILE_BYTES + " bytes; split it into several files");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the jar");
            }
            return new String(in.readNBytes(MAX_FILE_BYTES + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static void requireUniqueIds(List<Scenario> scenarios) {
        Set<String> seen = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!seen.add(s.id())) {
                throw new ScenarioException("scenario id '" + s.id() + "' is used twice; ids must be unique");
            }
        }
    }
}
