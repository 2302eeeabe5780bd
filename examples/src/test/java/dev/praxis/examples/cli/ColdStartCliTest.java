package dev.praxis.examples.cli;

import dev.praxis.examples.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first question in child JVMs, each with an empty temporary folder of its own: nothing may be left
 * in it (ONNX Runtime's own loader copies its native library into a new temporary folder per run and leaves the
 * folder), and the second run reuses what the first unpacked into the cache folder.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ColdStartCliTest {

    @TempDir
    Path root;

    @Test
    void askLeavesNoTemporaryFolderAndUnpacksTheModelOnlyOnce() throws Exception {
        Path cache = root.resolve("cache");

        Path firstTmp = Files.createDirectories(root.resolve("tmp-1"));
        assertThat(ask(firstTmp, cache, "What is the monthly payment on a 300000 loan at 6.5% over 30 years?"))
                .contains("1896.20");
        assertThat(entries(firstTmp)).isEmpty();
        Path library = onlyFolder(cache, "onnxruntime-").resolve(System.mapLibraryName("onnxruntime"));
        Path model = onlyFolder(cache, "all-minilm-l6-v2-q-").resolve("all-minilm-l6-v2-q.onnx");
        FileTime libraryWritten = Files.getLastModifiedTime(library);
        FileTime modelWritten = Files.getLastModifiedTime(model);
        assertThat(entries(cache.resolve("embeddings"))).singleElement().asString().endsWith(".bin");

        Path secondTmp = Files.createDirectories(root.resolve("tmp-2"));
        assertThat(ask(secondTmp, cache, "What is the monthly payment on a 250000 loan at 5% over 20 years?"))
                .contains("loan_payment");
        assertThat(entries(secondTmp)).isEmpty();
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(libraryWritten);
        assertThat(Files.getLastModifiedTime(model)).isEqualTo(modelWritten);
        assertThat(entries(cache)).filteredOn(name -> name.endsWith(".tmp")).isEmpty();
    }

    private String ask(Path tmp, Path cache, String question) throws Exception {
        Path out = root.resolve(tmp.getFileName() + ".out");
        Path err = root.resolve(tmp.getFileName() + ".err");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand(), "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ask", "--agent", "finance", "--data-dir", root.resolve("data").toString(), question))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PRAXIS_CACHE_DIR", cache.toString());
        Process child = builder.start();
        assertThat(child.waitFor(240, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(child.exitValue()).as("exit code; stderr: %s", Files.readString(err)).isZero();
        return Files.readString(out);
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Path onlyFolder(Path cache, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).as("folders %s* in %s", prefix, cache).hasSize(1);
            return found.get(0);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
