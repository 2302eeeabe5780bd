package dev.praxis.ecommerce.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.ecommerce.catalog.CatalogData;
import dev.praxis.ecommerce.catalog.Product;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints nDCG@10 of keyword, semantic and hybrid search over the developers' original queries and both parts of
 * the shopper queries, with the in-jar all-MiniLM-L6-v2 (quantised) embedding model. Run it with the command in
 * docs/ecommerce.md. {@code dev-misses} as the first argument also lists each development query under 0.7 in
 * hybrid mode with its top 5 ids; the test part is never listed (see the README next to the queries).
 */
public final class SearchQualityHarness {

    static final int K = 10;

    /** Mean metrics of one configuration. */
    record Score(double ndcg, double recall) {
    }

    private SearchQualityHarness() {
    }

    public static void main(String[] args) {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Product> products = CatalogData.embedded().products();
        SemanticIndex index = SemanticIndex.build(products.stream().map(ProductSearch::semanticText).toList(), model);
        ProductSearch search = ProductSearch.builder(products).semanticIndex(index, model).build();
        System.out.printf(Locale.ROOT, "%d products, model all-MiniLM-L6-v2 (quantised), nDCG@%d%n", products.size(), K);
        System.out.printf(Locale.ROOT, "%-34s %5s %8s %9s %7s%n", "queries", "n", "keyword", "semantic", "hybrid");
        GradedQueries dev = GradedQueries.dev();
        row("old set (binary labels)", GradedQueries.of(LabelledQueries.load()), search);
        row("shopper dev (graded)", dev, search);
        row("shopper test (graded)", GradedQueries.test(), search);
        for (String queryClass : List.of("language", "need", "price", "typo", "brand", "type-confusion")) {
            row("  dev: " + queryClass, dev.only(queryClass), search);
        }
        if (args.length > 0 && args[0].equals("dev-misses")) {
            misses(dev, search);
        }
    }

    private static void row(String title, GradedQueries queries, ProductSearch search) {
        Map<SearchMode, Double> s = graded(search, queries);
        System.out.printf(Locale.ROOT, "%-34s %5d %8.3f %9.3f %7.3f%n", title, queries.queries().size(),
                s.get(SearchMode.KEYWORD), s.get(SearchMode.SEMANTIC), s.get(SearchMode.HYBRID));
    }

    private static void misses(GradedQueries dev, ProductSearch search) {
        System.out.println("\ndevelopment queries under 0.7 in hybrid mode");
        for (GradedQueries.Query q : dev.queries()) {
            List<String> ranked = ranked(search, q.text(), SearchMode.HYBRID);
            double ndcg = RankingMetrics.gradedNdcgAt(ranked, q.grades(), K);
            if (ndcg < 0.7) {
                System.out.printf(Locale.ROOT, "%s %.2f %-50s %s%n", q.id(), ndcg, q.text(),
                        ranked.stream().limit(5).map(id -> id + ":" + q.grades().getOrDefault(id, 0)).toList());
            }
        }
    }

    /** Mean graded nDCG@10 per mode. */
    static Map<SearchMode, Double> graded(ProductSearch search, GradedQueries queries) {
        Map<SearchMode, Double> out = new EnumMap<>(SearchMode.class);
        for (SearchMode mode : SearchMode.values()) {
            double ndcg = 0;
            for (GradedQueries.Query q : queries.queries()) {
                ndcg += RankingMetrics.gradedNdcgAt(ranked(search, q.text(), mode), q.grades(), K);
            }
            out.put(mode, queries.queries().isEmpty() ? 0 : ndcg / queries.queries().size());
        }
        return out;
    }

    private static List<String> ranked(ProductSearch search, String query, SearchMode mode) {
        return search.search(query, mode, SearchFilter.none(), 0, K).hits().stream().map(h -> h.product().id()).toList();
    }

    /** Mean nDCG@10 and recall@10 per mode (binary labels). */
    static Map<SearchMode, Score> evaluate(ProductSearch search, LabelledQueries queries) {
        Map<SearchMode, Score> out = new EnumMap<>(SearchMode.class);
        for (SearchMode mode : SearchMode.values()) {
            double ndcg = 0;
            double recall = 0;
            for (LabelledQueries.Query q : queries.queries()) {
                List<String> ranked = ranked(search, q.text(), mode);
                ndcg += RankingMetrics.ndcgAt(ranked, q.relevant(), K);
                recall += RankingMetrics.recallAt(ranked, q.relevant(), K);
            }
            int n = queries.queries().size();
            out.put(mode, new Score(ndcg / n, recall / n));
        }
        return out;
    }
}
