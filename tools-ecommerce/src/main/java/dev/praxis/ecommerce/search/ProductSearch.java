package dev.praxis.ecommerce.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.ecommerce.catalog.Product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Keyword, semantic and hybrid search over a list of products with filters and paging. The BM25 index is
 * built at once; the embeddings of the products are computed lazily on the first semantic or hybrid query
 * (or supplied precomputed). Without an embedding model, semantic and hybrid queries run as keyword queries
 * and the result says so. Thread-safe.
 *
 * <pre>{@code
 * ProductSearch search = ProductSearch.builder(repo.all()).stock(repo::stock).embeddingModel(model).build();
 * SearchResults r = search.search("shoes for muddy trails", SearchMode.HYBRID, SearchFilter.none(), 0, 10);
 * }</pre>
 */
public final class ProductSearch {

    /** How many candidates each ranker contributes; results page through at most this many. */
    public static final int CANDIDATES = 100;

    /** Score factor for a product outside the price range the query's words name ("under 30"). */
    static final double OUT_OF_PRICE_RANGE = 0.5;

    private final List<Product> products;
    private final Bm25Index keyword;
    private final FilterMask filterMask;
    private final EmbeddingModel model;
    private final ToIntFunction<String> stock;
    private final Fusion fusion;
    private final KindIntent kinds;
    private final int priceDigits;
    private volatile SemanticIndex semantic;

    private ProductSearch(Builder b) {
        this.products = List.copyOf(b.products);
        this.keyword = Bm25Index.build(products.stream().map(ProductSearch::keywordText).toList());
        this.filterMask = new FilterMask(products);
        this.model = b.model;
        this.stock = b.stock;
        this.fusion = b.fusion;
        this.semantic = b.semantic;
        this.kinds = new KindIntent(products);
        this.priceDigits = products.stream().flatMap(p -> p.variants().stream()).findFirst()
                .map(v -> v.price().currency().getDefaultFractionDigits()).orElse(2);
    }

    /**
     * A builder over {@code products}.
     *
     * @param products the products to search
     * @return a new builder
     */
    public static Builder builder(List<Product> products) {
        return new Builder(products);
    }

    /**
     * The text embedded for a product.
     *
     * @param p the product
     * @return its title, brand, category, kind and tags as one text
     */
    public static String semanticText(Product p) {
        return p.title() + ". " + p.kind() + ". " + String.join(", ", p.tags()) + ". " + p.description();
    }

    private static String keywordText(Product p) {
        return p.title() + " " + p.searchText();
    }

    /**
     * Whether semantic and hybrid queries can run as asked.
     *
     * @return true when an embedding model is configured
     */
    public boolean hasEmbeddingModel() {
        return model != null;
    }

    /**
     * The unit-length embedding of what {@code query} asks for (translated to catalogue words, price and order
     * words removed), building the product embeddings first if needed.
     *
     * @param query the shopper's query
     * @return the embedding, or empty without an embedding model
     */
    public Optional<float[]> embed(String query) {
        String text = understand(query).text();
        return model == null || text.isBlank() ? Optional.empty() : Optional.of(semanticIndex().embedQuery(text));
    }

    private static QueryReader.Reading understand(String query) {
        return QueryReader.read(Lexicon.embedded().translate(query));
    }

    /**
     * Embeds the products now rather than on the first semantic query; returns this.
     *
     * @return this search
     */
    public ProductSearch warmUp() {
        if (model != null) {
            semanticIndex();
        }
        return this;
    }

    /**
     * Ranks {@code query} in {@code mode} by relevance, embedding the query if the mode needs it.
     *
     * @param query the shopper's query
     * @param mode keyword, semantic or hybrid
     * @param filter the restrictions on category, price, stock and rating
     * @param offset how many results to skip, for paging
     * @param limit the most results to return
     * @return the page of results and a note on what was done
     */
    public SearchResults search(String query, SearchMode mode, SearchFilter filter, int offset, int limit) {
        return search(query, mode, filter, SearchSort.RELEVANCE, offset, limit);
    }

    /**
     * Ranks {@code query} in {@code mode} and orders by {@code sort}. Products outside a price range named in the
     * query ("under 30", "between 50 and 100 bucks") rank lower, and order words ("cheapest", "best
     * rated") set the order when {@code sort} is relevance; the result's note says what was read.
     *
     * @param query the shopper's query
     * @param mode keyword, semantic or hybrid
     * @param filter the restrictions on category, price, stock and rating
     * @param sort the order of the results
     * @param offset how many results to skip, for paging
     * @param limit the most results to return
     * @return the page of results and a note on what was read from the query
     */
    public SearchResults search(String query, SearchMode mode, SearchFilter filter, SearchSort sort, int offset,
                                int limit) {
        float[] vector = mode == SearchMode.KEYWORD ? null : embed(query).orElse(null);
        return search(query, vector, mode, filter, sort, offset, limit);
    }

    /**
     * Ranks with a query vector computed beforehand (null for none): the search cost without embedding.
     *
     * @param query the shopper's query
     * @param queryVector the query's unit-length embedding, or null
     * @param mode keyword, semantic or hybrid
     * @param filter the restrictions on category, price, stock and rating
     * @param offset how many results to skip, for paging
     * @param limit the most results to return
     * @return the page of results and a note on what was done
     */
    public SearchResults search(String query, float[] queryVector, SearchMode mode, SearchFilter filter,
                                int offset, int limit) {
        return search(query, queryVector, mode, filter, SearchSort.RELEVANCE, offset, limit);
    }

    private SearchResults search(String query, float[] queryVector, SearchMode mode, SearchFilter filter,
                                 SearchSort sort, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + " and " + limit);
        }
        QueryReader.Reading reading = understand(query);
        String text = reading.text();
        SearchSort order = sort == SearchSort.RELEVANCE ? reading.sort().orElse(SearchSort.RELEVANCE) : sort;
        IntPredicate passes = passes(filter);
        SearchMode used = mode == SearchMode.KEYWORD || model == null || queryVector == null ? SearchMode.KEYWORD : mode;
        List<String> notes = new ArrayList<>();
        if (used != mode && !text.isBlank()) {
            notes.add("no embedding model is configured, so this " + mode.name().toLowerCase(java.util.Locale.ROOT)
                    + " search ran as a keyword search");
        }
        reading.understood().forEach(u -> notes.add("read " + u));
        List<SearchHit> ranked;
        if (text.isBlank()) {
            ranked = browse(passes);
            ranked = order == SearchSort.RELEVANCE ? ranked : sorted(ranked, order);
        } else {
            Set<String> named = kinds.named(Tokenizer.tokens(text));
            ranked = ResultOrder.sort(rank(keywordText(reading), queryVector, used, passes, named, reading), order, named);
        }
        List<SearchHit> page = offset >= ranked.size() ? List.of()
                : ranked.subList(offset, Math.min(ranked.size(), offset + limit));
        Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
        return new SearchResults(List.copyOf(page), ranked.size(), mode, used, note);
    }

    /** The text BM25 ranks: without a bare gift wish's "gift", which would match gift cards by the word alone. */
    private String keywordText(QueryReader.Reading reading) {
        if (!reading.giftWithoutCard()) {
            return reading.text();
        }
        String rest = reading.text().replaceAll("(?<![\\p{L}])(?:gifts?|presents?|geschenk|regalo|cadeau)(?![\\p{L}])|礼物", " ");
        return keyword.knows(Tokenizer.tokens(rest)) ? rest : reading.text();
    }

    /**
     * Price words in the query rank products outside their range lower rather than dropping them: "yoga mat under
     * $60" still shows the mat at 62 after the one at 58, instead of cheap socks. A price the caller sets in the
     * filter stays a hard limit.
     */
    private double priceFactor(Product p, QueryReader.Reading reading) {
        if (reading.minPrice().isEmpty() && reading.maxPrice().isEmpty()) {
            return 1;
        }
        long min = reading.minPrice().map(this::minor).orElse(Long.MIN_VALUE);
        long max = reading.maxPrice().map(this::minor).orElse(Long.MAX_VALUE);
        boolean inRange = p.variants().stream().anyMatch(v -> v.price().minor() >= min && v.price().minor() <= max);
        return inRange ? 1 : OUT_OF_PRICE_RANGE;
    }

    private long minor(java.math.BigDecimal major) {
        return major.movePointRight(priceDigits).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static List<SearchHit> sorted(List<SearchHit> hits, SearchSort sort) {
        List<SearchHit> out = new ArrayList<>(hits);
        out.sort(ResultOrder.comparator(sort));
        return out;
    }

    /** The filter as a predicate on document positions, evaluated once per product per query. */
    private IntPredicate passes(SearchFilter filter) {
        if (filter.isNone()) {
            return doc -> true;
        }
        boolean[] mask = filterMask.evaluate(filter, stock);
        return doc -> mask[doc];
    }

    private List<SearchHit> rank(String query, float[] vector, SearchMode mode, IntPredicate passes, Set<String> named,
                                 QueryReader.Reading reading) {
        List<ScoredDoc> kw = mode == SearchMode.SEMANTIC ? List.of() : keyword.search(query, passes, CANDIDATES);
        List<ScoredDoc> sem = mode == SearchMode.KEYWORD ? List.of() : semanticIndex().search(vector, passes, CANDIDATES);
        List<ScoredDoc> order = switch (mode) {
            case KEYWORD -> kw;
            case SEMANTIC -> sem;
            case HYBRID -> fusion.fuse(kw, sem);
        };
        Set<Integer> kwDocs = docs(kw);
        Set<Integer> semDocs = docs(sem);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoredDoc d : order.subList(0, Math.min(CANDIDATES, order.size()))) {
            Set<String> by = new LinkedHashSet<>();
            if (kwDocs.contains(d.doc())) {
                by.add("keyword");
            }
            if (semDocs.contains(d.doc())) {
                by.add("semantic");
            }
            Product p = products.get(d.doc());
            double score = d.score() > 0 ? d.score() * kinds.factor(p, named, reading.giftWithoutCard())
                    * priceFactor(p, reading) : d.score();
            hits.add(new SearchHit(p, score, by));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return hits;
    }

    private List<SearchHit> browse(IntPredicate passes) {
        List<SearchHit> hits = new ArrayList<>();
        for (int doc = 0; doc < products.size(); doc++) {
            if (passes.test(doc)) {
                hits.add(new SearchHit(products.get(doc), products.get(doc).rating().doubleValue(), Set.of("filter")));
            }
        }
        hits.sort(Comparator.comparing((SearchHit h) -> h.product().rating()).reversed()
                .thenComparing(h -> h.product().id()));
        return hits;
    }

    private static Set<Integer> docs(List<ScoredDoc> ranking) {
        Set<Integer> out = new HashSet<>();
        ranking.forEach(d -> out.add(d.doc()));
        return out;
    }

    private SemanticIndex semanticIndex() {
        SemanticIndex index = semantic;
        if (index == null) {
            synchronized (this) {
                if (semantic == null) {
                    semantic = SemanticIndex.build(products.stream().map(ProductSearch::semanticText).toList(), model);
                }
                index = semantic;
            }
        }
        return index;
    }

    /** Options for a {@link ProductSearch}. */
    public static final class Builder {
        private final List<Product> products;
        private EmbeddingModel model;
        private ToIntFunction<String> stock;
        private Fusion fusion = Fusion.SCORE;
        private SemanticIndex semantic;

        private Builder(List<Product> products) {
            this.products = Objects.requireNonNull(products, "products");
            java.util.Map<String, Integer> recorded = new java.util.HashMap<>();
            products.forEach(p -> p.variants().forEach(v -> recorded.put(v.sku(), v.stock())));
            this.stock = sku -> recorded.getOrDefault(sku, 0);
        }

        /**
         * The model for semantic and hybrid search; none means keyword only.
         *
         * @param model the embedding model
         * @return this builder
         */
        public Builder embeddingModel(EmbeddingModel model) {
            this.model = model;
            return this;
        }

        /**
         * Live stock by SKU for the in-stock filter; defaults to the stock recorded on the variants.
         *
         * @param stock units on hand by SKU
         * @return this builder
         */
        public Builder stock(ToIntFunction<String> stock) {
            this.stock = Objects.requireNonNull(stock, "stock");
            return this;
        }

        /**
         * How hybrid search merges the rankings; score fusion by default (it won on the labelled queries, see docs/ecommerce.md).
         *
         * @param fusion the fusion method
         * @return this builder
         */
        public Builder fusion(Fusion fusion) {
            this.fusion = Objects.requireNonNull(fusion, "fusion");
            return this;
        }

        /**
         * Product embeddings computed beforehand, in the order of the products; sets the model too.
         *
         * @param index the product embeddings
         * @param model the model that made them, used for queries
         * @return this builder
         */
        public Builder semanticIndex(SemanticIndex index, EmbeddingModel model) {
            if (index.size() != products.size()) {
                throw new IllegalArgumentException("index has " + index.size() + " vectors for " + products.size() + " products");
            }
            this.semantic = index;
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * The search engine; builds the keyword index now, embeddings on first use.
         *
         * @return the search engine
         */
        public ProductSearch build() {
            return new ProductSearch(this);
        }
    }
}
