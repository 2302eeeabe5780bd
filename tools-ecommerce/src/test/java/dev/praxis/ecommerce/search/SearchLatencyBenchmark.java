package dev.praxis.ecommerce.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.ecommerce.catalog.CatalogGenerator;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.Variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Query latency on a generated catalogue of 10,000 products, per mode, excluding the query's embedding (query
 * vectors are computed before timing). Product vectors come from a 384-dimension hashing model by default (the
 * same cost per query as all-MiniLM-L6-v2's 384 dimensions); pass {@code minilm} to embed the products with the
 * real model (slower to set up). Prints p50, p99 and max in milliseconds. Not a unit test: numbers depend on the
 * machine.
 */
public final class SearchLatencyBenchmark {

    private static final int PRODUCTS = 10_000;
    private static final int ROUNDS = 20;

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) {
        EmbeddingModel model = args.length > 0 && args[0].equals("minilm")
                ? new AllMiniLmL6V2QuantizedEmbeddingModel() : new HashingEmbeddingModel(384);
        List<Product> products = CatalogGenerator.generateAtLeast(PRODUCTS, 42L);
        Map<String, Integer> stock = new HashMap<>();
        products.forEach(p -> p.variants().forEach((Variant v) -> stock.put(v.sku(), v.stock())));
        long t0 = System.nanoTime();
        ProductSearch search = ProductSearch.builder(products).stock(sku -> stock.getOrDefault(sku, 0))
                .embeddingModel(model).build().warmUp();
        System.out.printf(Locale.ROOT, "%d products indexed (BM25 + %d-dim vectors, %s) in %.1f s%n", products.size(),
                model.dimension(), model.getClass().getSimpleName(), (System.nanoTime() - t0) / 1e9);
        List<String> queries = LabelledQueries.load().queries().stream().map(LabelledQueries.Query::text).toList();
        List<float[]> vectors = queries.stream().map(q -> search.embed(q).orElseThrow()).toList();
        SearchFilter filtered = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(15000L), true, Optional.of(new BigDecimal("3.5")));
        System.out.printf(Locale.ROOT, "%d queries x %d rounds per mode, top 10, query embedding excluded%n",
                queries.size(), ROUNDS);
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s%n", "mode", "p50 ms", "p99 ms", "max ms");
        for (SearchMode mode : SearchMode.values()) {
            report(mode.name().toLowerCase(Locale.ROOT), search, queries, vectors, mode, SearchFilter.none());
        }
        report("hybrid + filters (stock, price, rating)", search, queries, vectors, SearchMode.HYBRID, filtered);
    }

    private static void report(String name, ProductSearch search, List<String> queries, List<float[]> vectors,
                               SearchMode mode, SearchFilter filter) {
        for (int warm = 0; warm < 3; warm++) {
            run(search, queries, vectors, mode, filter, new ArrayList<>());
        }
        List<Long> samples = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            run(search, queries, vectors, mode, filter, samples);
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f%n", name, percentile(sorted, 50), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static void run(ProductSearch search, List<String> queries, List<float[]> vectors, SearchMode mode,
                            SearchFilter filter, List<Long> samples) {
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.search(queries.get(i), vectors.get(i), mode, filter, 0, 10);
            samples.add(System.nanoTime() - start);
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

}
