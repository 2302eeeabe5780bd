package dev.praxis.examples.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Points ONNX Runtime at its native libraries unpacked once in the cache. Left alone, ONNX Runtime 1.20 copies the
 * 16.6 MB library out of its jar into a new temporary folder on every start and leaves the folder behind (it asks
 * for both to be deleted on exit, the folder first, which fails while the library is in it). With the system
 * property {@code onnxruntime.native.path} naming a folder that holds both libraries, it loads them from there
 * (read in {@code ai.onnxruntime.OnnxRuntime#init} and {@code #load}, onnxruntime 1.20.0).
 */
final class OnnxNativeLibraries {

    static final String PATH_PROPERTY = "onnxruntime.native.path";

    private OnnxNativeLibraries() {
    }

    /**
     * Sets {@code onnxruntime.native.path} to the cached libraries of this platform, unpacking them first if needed.
     * Does nothing when the property is already set (the user's choice wins) or the jar has no libraries for this
     * platform (ONNX Runtime then looks on the library path, as it would anyway).
     */
    static synchronized void useCache(Path cacheRoot) throws IOException {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return;
        }
        String folder = "/ai/onnxruntime/native/" + platform.get() + "/";
        List<String> libraries = List.of(folder + libraryFile("onnxruntime"), folder + libraryFile("onnxruntime4j_jni"));
        ExtractedResources.extract(cacheRoot, "onnxruntime-" + platform.get(), libraries)
                .ifPresent(dir -> System.setProperty(PATH_PROPERTY, dir.toString()));
    }

    private static String libraryFile(String name) {
        // ONNX Runtime's jar names its macOS libraries .dylib.
        return System.mapLibraryName(name).replace(".jnilib", ".dylib");
    }

    /** ONNX Runtime's name for this platform's folder in its jar, as {@code OnnxRuntime#initOsArch} computes it. */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String archName = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
