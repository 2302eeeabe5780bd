package dev.praxis.ecommerce.policy;

import dev.praxis.ecommerce.catalog.PolicyDocument;
import dev.praxis.ecommerce.search.Bm25Index;
import dev.praxis.ecommerce.search.ScoredDoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Keyword search over policy passages (each sentence of each document, indexed with its document's title).
 *
 * <pre>{@code
 * List<PolicyPassage> hits = new PolicySearch(repo.policies()).search("how long do I have to return shoes", 3);
 * }</pre>
 */
public final class PolicySearch {

    private record Passage(PolicyDocument doc, String text) {
    }

    private final List<Passage> passages = new ArrayList<>();
    private final Bm25Index index;

    /**
     * Indexes every sentence of {@code documents}.
     *
     * @param documents the policy documents to index
     */
    public PolicySearch(List<PolicyDocument> documents) {
        for (PolicyDocument doc : documents) {
            for (String sentence : doc.text().split("(?<=[.!?])\\s+")) {
                passages.add(new Passage(doc, sentence.trim()));
            }
        }
        index = Bm25Index.build(passages.stream().map(p -> p.doc().title() + " " + p.doc().id() + " " + p.text()).toList());
    }

    /**
     * Up to {@code limit} passages for {@code question}, best first.
     *
     * @param question the shopper's question
     * @param limit the most passages to return
     * @return the passages, best first
     */
    public List<PolicyPassage> search(String question, int limit) {
        List<PolicyPassage> out = new ArrayList<>();
        for (ScoredDoc d : index.search(question, doc -> true, limit)) {
            Passage p = passages.get(d.doc());
            out.add(new PolicyPassage(p.doc().id(), p.doc().title(), p.text(), Math.round(d.score() * 1000) / 1000.0));
        }
        return out;
    }
}
