package dev.praxis.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where {@code tools call} takes its JSON arguments from: the command line itself, {@code @FILE} or {@code -} for
 * standard input, since large arguments (a year of cash flows) do not fit on a command line. Input over
 * {@link #LIMIT_BYTES} is refused whole, never truncated: a cut JSON text could still parse and mean less.
 */
final class ToolArguments {

    /** 1 MiB of UTF-8: far above any tool's schema bounds, far below what would strain the process. */
    static final int LIMIT_BYTES = 1 << 20;

    private ToolArguments() {
    }

    /** The JSON text that {@code given} stands for; a {@link BadInputException} (exit code 2) when it cannot be read. */
    static String read(String given, Terminal terminal) {
        if (given.equals("-")) {
            return fromStdin(terminal.in());
        }
        if (given.startsWith("@")) {
            return fromFile(given.substring(1));
        }
        return given;
    }

    private static String fromStdin(Reader in) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int read;
            // Each char is at least one UTF-8 byte, so more than LIMIT_BYTES chars is over the limit already.
            while ((read = in.read(buffer)) != -1) {
                text.append(buffer, 0, read);
                if (text.length() > LIMIT_BYTES) {
                    throw tooLarge("standard input");
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read the arguments from standard input: " + e.getMessage());
        }
        return withinLimit(text.toString(), "standard input");
    }

    private static String fromFile(String name) {
        if (name.isBlank()) {
            throw new BadInputException("'@' names no file; give @FILE.json, - for standard input, or the JSON itself");
        }
        Path file = Path.of(name);
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException("arguments file " + name + " is a folder, not a file");
            }
            if (Files.size(file) > LIMIT_BYTES) {
                throw tooLarge(name);
            }
            return withinLimit(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (NoSuchFileException e) {
            throw new BadInputException("arguments file " + name + " not found");
        } catch (CharacterCodingException e) {
            throw new BadInputException("arguments file " + name + " is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read arguments file " + name + ": " + e.getMessage());
        }
    }

    /** Checks the exact UTF-8 size: a file may grow between its size check and its reading, stdin counts chars. */
    private static String withinLimit(String text, String source) {
        if (text.getBytes(StandardCharsets.UTF_8).length > LIMIT_BYTES) {
            throw tooLarge(source);
        }
        return text;
    }

    private static BadInputException tooLarge(String source) {
        return new BadInputException("the arguments in " + source + " are over the limit of " + LIMIT_BYTES
                + " bytes (1 MiB); nothing was run");
    }
}
