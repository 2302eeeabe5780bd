package dev.praxis.ecommerce.search;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.ecommerce.catalog.CatalogData;
import dev.praxis.ecommerce.catalog.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the labelled queries with the real all-MiniLM-L6-v2 model (in the test jar, no network).
 * Thresholds sit a little under the figures recorded in docs/ecommerce.md, so a regression fails the build.
 */
class SearchQualityTest {

    private static Map<SearchMode, SearchQualityHarness.Score> scores;

    @BeforeAll
    static void evaluate() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Product> products = CatalogData.embedded().products();
        ProductSearch search = ProductSearch.builder(products).embeddingModel(model).build().warmUp();
        scores = SearchQualityHarness.evaluate(search, LabelledQueries.load());
    }

    @Test
    void labelledSetHasAtLeastFiftyQueriesWithRelevantProducts() {
        assertThat(LabelledQueries.load().queries()).hasSizeGreaterThanOrEqualTo(50)
                .allSatisfy(q -> assertThat(q.relevant()).isNotEmpty());
    }

    @Test
    void hybridBeatsKeywordByAtLeastNinePointsOfNdcg() {
        double keyword = scores.get(SearchMode.KEYWORD).ndcg();
        double hybrid = scores.get(SearchMode.HYBRID).ndcg();
        assertThat(hybrid - keyword).as("hybrid %.3f vs keyword %.3f", hybrid, keyword).isGreaterThanOrEqualTo(0.09);
    }

    @Test
    void hybridIsAtLeastAsGoodAsEitherModeAlone() {
        assertThat(scores.get(SearchMode.HYBRID).ndcg()).isGreaterThanOrEqualTo(scores.get(SearchMode.SEMANTIC).ndcg());
        assertThat(scores.get(SearchMode.HYBRID).recall()).isGreaterThanOrEqualTo(scores.get(SearchMode.KEYWORD).recall());
    }
}
