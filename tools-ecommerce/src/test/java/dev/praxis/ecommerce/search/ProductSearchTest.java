package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.CatalogData;
import dev.praxis.ecommerce.catalog.Product;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSearchTest {

    private final List<Product> products = CatalogData.embedded().products();
    private final ProductSearch keywordOnly = ProductSearch.builder(products).build();

    private static SearchFilter filter(String category, Long min, Long max, boolean inStock, String rating) {
        return new SearchFilter(Optional.ofNullable(category), Optional.empty(), Optional.ofNullable(min),
                Optional.ofNullable(max), inStock, Optional.ofNullable(rating).map(BigDecimal::new));
    }

    @Test
    void theFastFilterMaskAgreesWithTheFilterDefinitionOnEveryProduct() {
        FilterMask mask = new FilterMask(products);
        List<SearchFilter> filters = List.of(filter("footwear", null, null, false, null), filter(null, 5000L, 9999L, true, null),
                filter(null, null, null, true, "4.3"), filter("Kitchen", 2000L, 20000L, true, "3.95"), SearchFilter.none());
        for (SearchFilter f : filters) {
            boolean[] fast = mask.evaluate(f, sku -> stockOf(sku));
            IntStream.range(0, products.size()).forEach(doc ->
                    assertThat(fast[doc]).as(f + " on " + products.get(doc).id()).isEqualTo(f.test(products.get(doc), this::stockOf)));
        }
    }

    @Test
    void pagesThroughTheSameRanking() {
        SearchResults all = keywordOnly.search("jacket", SearchMode.KEYWORD, SearchFilter.none(), 0, 20);
        SearchResults second = keywordOnly.search("jacket", SearchMode.KEYWORD, SearchFilter.none(), 5, 5);
        assertThat(second.hits()).extracting(h -> h.product().id())
                .containsExactlyElementsOf(all.hits().subList(5, 10).stream().map(h -> h.product().id()).toList());
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(keywordOnly.search("jacket", SearchMode.KEYWORD, SearchFilter.none(), 1000, 5).hits()).isEmpty();
    }

    @Test
    void anEmptyQueryBrowsesFilteredProductsBestRatedFirst() {
        SearchResults r = keywordOnly.search("", SearchMode.HYBRID, filter("Outdoor", null, null, false, null), 0, 100);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.product().category()).isEqualTo("Outdoor"));
        assertThat(r.hits()).extracting(h -> h.product().rating()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(r.note()).isEmpty();
    }

    @Test
    void withoutAModelHybridRunsAsKeywordAndSaysSo() {
        SearchResults r = keywordOnly.search("tent", SearchMode.HYBRID, SearchFilter.none(), 0, 5);
        assertThat(r.used()).isEqualTo(SearchMode.KEYWORD);
        assertThat(r.note()).get().asString().contains("no embedding model");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.matchedBy()).containsExactly("keyword"));
    }

    @Test
    void hybridMarksWhichRankersFoundEachHit() {
        ProductSearch search = ProductSearch.builder(products).embeddingModel(new HashingEmbeddingModel(64)).build();
        SearchResults r = search.search("backpacking tent", SearchMode.HYBRID, SearchFilter.none(), 0, 10);
        assertThat(r.used()).isEqualTo(SearchMode.HYBRID);
        assertThat(r.hits().get(0).matchedBy()).contains("keyword", "semantic");
    }

    private int stockOf(String sku) {
        return products.stream().flatMap(p -> p.variants().stream()).filter(v -> v.sku().equals(sku))
                .mapToInt(v -> v.stock()).findFirst().orElse(0);
    }
}
