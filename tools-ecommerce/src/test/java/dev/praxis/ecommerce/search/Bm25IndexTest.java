package dev.praxis.ecommerce.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Bm25IndexTest {

    private final Bm25Index index = Bm25Index.build(List.of(
            "waterproof hiking boot with deep tread",
            "trail running shoe with grippy outsole",
            "hiking daypack with rain cover",
            "espresso machine with steam wand"));

    @Test
    void ranksDocumentsMatchingMoreRareTermsFirst() {
        assertThat(index.search("waterproof hiking boots", doc -> true, 10)).extracting(ScoredDoc::doc)
                .containsExactly(0, 2);
    }

    @Test
    void foldsPluralsAndIgnoresStopWords() {
        assertThat(index.search("the shoes", doc -> true, 10)).extracting(ScoredDoc::doc).containsExactly(1);
    }

    @Test
    void appliesTheFilterAndTheLimit() {
        assertThat(index.search("hiking", doc -> doc != 0, 10)).extracting(ScoredDoc::doc).containsExactly(2);
        // both contain "hiking" once; BM25 length normalisation favours the shorter document
        assertThat(index.search("hiking", doc -> true, 1)).extracting(ScoredDoc::doc).containsExactly(2);
        assertThat(index.search("unknownword", doc -> true, 10)).isEmpty();
    }

    @Test
    void fusionsPreferDocumentsBothRankersFound() {
        List<ScoredDoc> keyword = List.of(new ScoredDoc(1, 9), new ScoredDoc(2, 5));
        List<ScoredDoc> semantic = List.of(new ScoredDoc(2, 0.9), new ScoredDoc(3, 0.8));
        for (Fusion fusion : Fusion.values()) {
            assertThat(fusion.fuse(keyword, semantic).get(0).doc()).as(fusion.name()).isEqualTo(2);
        }
    }
}
