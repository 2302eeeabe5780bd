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
    private static ProductSearch search;

    @BeforeAll
    static void evaluate() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Product> products = CatalogData.embedded().products();
        search = ProductSearch.builder(products).embeddingModel(model).build().warmUp();
        scores = SearchQualityHarness.evaluate(search, LabelledQueries.load());
    }

    @Test
    void labelledSetHasAtLeastFiftyQueriesWithRelevantProducts() {
        assertThat(LabelledQueries.load().queries()).hasSizeGreaterThanOrEqualTo(50)
                .allSatisfy(q -> assertThat(q.relevant()).isNotEmpty());
    }

    // Was "hybrid beats keyword by 0.09": issue 15's stemming and typo correction lifted keyword from 0.689 to 0.750
    // on this set, so the gap (now 0.082) shrank because keyword got better, not because hybrid got worse. The
    // floors below sit a little under the figures in docs/ecommerce.md.
    @Test
    void hybridBeatsKeywordAndHoldsItsRecordedLevel() {
        double keyword = scores.get(SearchMode.KEYWORD).ndcg();
        double hybrid = scores.get(SearchMode.HYBRID).ndcg();
        assertThat(hybrid - keyword).as("hybrid %.3f vs keyword %.3f", hybrid, keyword).isGreaterThanOrEqualTo(0.06);
        assertThat(hybrid).isGreaterThanOrEqualTo(0.81);
    }

    @Test
    void shopperDevelopmentQueriesReachTheirRecordedLevel() {
        java.util.Map<SearchMode, Double> dev = SearchQualityHarness.graded(search, GradedQueries.dev());
        assertThat(dev.get(SearchMode.KEYWORD)).isGreaterThanOrEqualTo(0.88);
        assertThat(dev.get(SearchMode.HYBRID)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void hybridIsAtLeastAsGoodAsEitherModeAlone() {
        assertThat(scores.get(SearchMode.HYBRID).ndcg()).isGreaterThanOrEqualTo(scores.get(SearchMode.SEMANTIC).ndcg());
        assertThat(scores.get(SearchMode.HYBRID).recall()).isGreaterThanOrEqualTo(scores.get(SearchMode.KEYWORD).recall());
    }
}
