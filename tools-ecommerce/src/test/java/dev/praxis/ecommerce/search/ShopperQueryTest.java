package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.CatalogData;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How keyword search reads the way shoppers write: other languages, word forms, typos, price and order words. */
class ShopperQueryTest {

    private final List<Product> products = CatalogData.embedded().products();
    private final ProductSearch search = ProductSearch.builder(products).build();

    private List<Product> top(String query, int n) {
        return search.search(query, SearchMode.KEYWORD, SearchFilter.none(), 0, n).hits().stream()
                .map(SearchHit::product).toList();
    }

    private List<Product> top(String query, SearchSort sort, int n) {
        return search.search(query, SearchMode.KEYWORD, SearchFilter.none(), sort, 0, n).hits().stream()
                .map(SearchHit::product).toList();
    }

    private static long lowestPrice(Product p) {
        return p.variants().stream().mapToLong((Variant v) -> v.price().minor()).min().orElseThrow();
    }

    @Test
    void germanQueryFindsHikingBoots() {
        assertThat(top("wasserdichte Wanderschuhe", 5)).extracting(Product::kind).containsOnly("waterproof hiking boot");
    }

    @Test
    void spanishFrenchAndChineseQueriesFindTheirKind() {
        assertThat(top("saco de dormir", 5)).extracting(Product::kind).containsOnly("down sleeping bag");
        assertThat(top("bouilloire électrique", 5)).extracting(Product::kind).containsOnly("electric kettle");
        assertThat(top("降噪耳机", 5)).extracting(Product::kind).containsOnly("noise-cancelling headphones");
    }

    @Test
    void wordFormsMeet() {
        assertThat(Tokenizer.tokens("chopping chopped chop")).containsOnly("chop");
        assertThat(Tokenizer.tokens("hiking hike hikes")).containsOnly("hik");
    }

    @Test
    void typoFindsTheIntendedWord() {
        assertThat(top("chef knfie", 5)).extracting(Product::kind).containsOnly("chef's knife");
        assertThat(top("weigted blanket", 5)).extracting(Product::kind).containsOnly("weighted blanket");
    }

    @Test
    void wordsWithDigitsAreNeverCorrected() {
        Spelling spelling = new Spelling(java.util.Map.of("p0001", 1, "knife", 7));
        assertThat(spelling.correct("p0002")).isEmpty();
        assertThat(spelling.correct("knfie")).contains("knife");
    }

    @Test
    void namedProductTypeOutranksASharedWord() {
        assertThat(top("waterproof speaker", 7)).extracting(Product::kind).containsOnly("portable bluetooth speaker");
    }

    @Test
    void giftWishWithoutCardDoesNotLeadWithGiftCards() {
        assertThat(top("gift for my dad who loves espresso", 5)).extracting(Product::kind).doesNotContain("digital gift card");
        assertThat(top("gift card", 3)).extracting(Product::kind).containsOnly("digital gift card");
    }

    @Test
    void cheapestSortsByPriceAscending() {
        List<Product> hits = top("cheapest espresso machine", 7);

        assertThat(hits).extracting(Product::kind).containsOnly("espresso machine");
        assertThat(hits).extracting(ShopperQueryTest::lowestPrice).isSorted();
    }

    @Test
    void sortParameterOrdersTheMatchingProductsAndKeepsWeakerMatchesAfter() {
        List<Product> asc = top("headphones", SearchSort.PRICE_ASC, 7);
        List<Product> desc = top("headphones", SearchSort.PRICE_DESC, 7);
        List<Product> rated = top("headphones", SearchSort.RATING, 7);

        assertThat(asc).extracting(Product::kind).containsOnly("noise-cancelling headphones");
        assertThat(asc).extracting(ShopperQueryTest::lowestPrice).isSorted();
        assertThat(desc).extracting(ShopperQueryTest::lowestPrice).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rated).extracting(Product::rating).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void priceWordsPutProductsInTheRangeFirstAndSayHowTheyWereRead() {
        SearchResults r = search.search("running shoes between 50 and 100 bucks", SearchMode.KEYWORD,
                SearchFilter.none(), 0, 20);

        List<Product> hits = r.hits().stream().map(SearchHit::product).toList();
        long inRange = hits.stream().takeWhile(p -> lowestPrice(p) >= 5000 && lowestPrice(p) <= 10000).count();
        assertThat(inRange).isGreaterThanOrEqualTo(3);
        assertThat(hits.subList(0, (int) inRange)).extracting(Product::kind).allMatch(k -> k.contains("running shoe"));
        assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("as a price from 50 to 100"));
    }

    @Test
    void priceWordsInOtherLanguagesAreRead() {
        assertThat(QueryReader.read(Lexicon.embedded().translate("Yogamatte rutschfest unter 70 Euro")).maxPrice())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70"));
        assertThat(QueryReader.read(Lexicon.embedded().translate("cuchillo, menos de 150 dólares")).maxPrice())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150"));
        assertThat(QueryReader.read(Lexicon.embedded().translate("便宜的充电宝")).sort()).contains(SearchSort.PRICE_ASC);
        assertThat(QueryReader.read("tent for over 20 years of use").minPrice()).isEmpty();
    }
}
