import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.finance.FinancePack;
import dev.praxis.tool.Tool;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The phases of the command line's start, timed one after another in one fresh JVM (each includes loading its
 * classes): logging set-up, the embedding model's load and first embedding (of a text never seen, so never
 * cached), building the finance pack, and embedding its 24 tool descriptions. Works on any praxis.jar: it uses the
 * cached model of dev.praxis.examples.embedding when the jar has it, else the in-jar model as the CLI did before.
 * Run from the repository root, one fresh JVM per run (see docs/benchmarks.md):
 *   java -cp examples/target/praxis.jar benchmarks/ColdStartPhases.java [CACHE_DIR]
 */
public class ColdStartPhases {
    public static void main(String[] args) throws Exception {
        // As Main does: the tokenizer library would otherwise try the network.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        Path cache = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"), "praxis-phases-cache");
        long start = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger("phases").debug("set-up");
        long logging = System.nanoTime();
        Object local = null;
        EmbeddingModel model;
        try {
            Class<?> type = Class.forName("dev.praxis.examples.embedding.LocalEmbeddings");
            local = type.getMethod("in", Path.class).invoke(null, cache);
            model = (EmbeddingModel) type.getMethod("model").invoke(local);
        } catch (ClassNotFoundException before) {
            model = (EmbeddingModel) Class.forName(
                    "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel")
                    .getConstructor().newInstance();
        }
        model.embed("a question never asked before " + System.nanoTime());
        long loaded = System.nanoTime();
        List<Tool> tools = FinancePack.builder().clock(Clock.systemUTC()).build().toolList();
        long pack = System.nanoTime();
        for (Tool tool : tools) {
            model.embed(tool.spec().name().replace('_', ' ') + ": " + tool.spec().description());
        }
        long embedded = System.nanoTime();
        if (local != null) {
            local.getClass().getMethod("save").invoke(local);
        }
        System.out.printf("%s | logging %d ms | model load + first embedding %d ms | finance pack %d ms | "
                        + "embedding %d tools %d ms%n", local != null ? "after " : "before", ms(logging - start),
                ms(loaded - logging), ms(pack - loaded), tools.size(), ms(embedded - pack));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
