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
 * Prints nDCG@10 and recall@10 of keyword, semantic and hybrid search (both fusions) over the labelled queries
 * and the embedded catalogue, with the in-jar all-MiniLM-L6-v2 (quantised) embedding model. Run it with the
 * command in docs/ecommerce.md.
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
        LabelledQueries queries = LabelledQueries.load();
        SemanticIndex index = SemanticIndex.build(products.stream().map(ProductSearch::semanticText).toList(), model);
        System.out.printf(Locale.ROOT, "%d queries, %d products, model all-MiniLM-L6-v2 (quantised)%n",
                queries.queries().size(), products.size());
        print("all queries", queries, products, index, model);
        print("descriptive queries", queries.only("descriptive"), products, index, model);
        print("colloquial queries", queries.only("colloquial"), products, index, model);
    }

    private static void print(String title, LabelledQueries queries, List<Product> products, SemanticIndex index,
                              EmbeddingModel model) {
        System.out.printf(Locale.ROOT, "%n%s (%d)%n%-28s %9s %10s%n", title, queries.queries().size(), "mode",
                "nDCG@10", "recall@10");
        for (Fusion fusion : Fusion.values()) {
            ProductSearch search = ProductSearch.builder(products).semanticIndex(index, model).fusion(fusion).build();
            evaluate(search, queries).forEach((mode, s) -> {
                if (mode == SearchMode.HYBRID || fusion == Fusion.RECIPROCAL_RANK) {
                    String name = mode == SearchMode.HYBRID ? "hybrid (" + fusion.name().toLowerCase(Locale.ROOT) + ")"
                            : mode.name().toLowerCase(Locale.ROOT);
                    System.out.printf(Locale.ROOT, "%-28s %9.3f %10.3f%n", name, s.ndcg(), s.recall());
                }
            });
        }
    }

    /** Mean nDCG@10 and recall@10 per mode. */
    static Map<SearchMode, Score> evaluate(ProductSearch search, LabelledQueries queries) {
        Map<SearchMode, Score> out = new EnumMap<>(SearchMode.class);
        for (SearchMode mode : SearchMode.values()) {
            double ndcg = 0;
            double recall = 0;
            for (LabelledQueries.Query q : queries.queries()) {
                List<String> ranked = search.search(q.text(), mode, SearchFilter.none(), 0, K).hits().stream()
                        .map(h -> h.product().id()).toList();
                ndcg += RankingMetrics.ndcgAt(ranked, q.relevant(), K);
                recall += RankingMetrics.recallAt(ranked, q.relevant(), K);
            }
            int n = queries.queries().size();
            out.put(mode, new Score(ndcg / n, recall / n));
        }
        return out;
    }
}
