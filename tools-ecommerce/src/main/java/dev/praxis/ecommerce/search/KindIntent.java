package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.Product;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which product kinds a query names by their head noun ("speaker" in "waterproof speaker", "mat" in "mat for
 * pilates"), so that a product of another kind sharing an incidental word ("waterproof" rain jackets, "yoga"
 * leggings) ranks below them: its score is multiplied by {@link #OTHER_CATEGORY} or, in the same category as a
 * named kind, by {@link #SAME_CATEGORY}. A gift wish without "card" does the same to gift cards. Immutable.
 */
final class KindIntent {

    /** Score factor for a product of another category than every named kind. */
    static final double OTHER_CATEGORY = 0.5;

    /** Score factor for a product of another kind in the category of a named kind ("shoes" vs boots). */
    static final double SAME_CATEGORY = 0.8;

    /** Head words too generic alone: the word before them names the kind ("espresso machine", "sleeping bag"). */
    private static final Set<String> GENERIC = Set.of("machin", "bag", "board", "layer", "bank", "card");

    private static final String GIFT_HEAD = "card";

    private final Map<String, Set<String>> kindsByHead = new HashMap<>();
    private final Map<String, String> categoryByKind = new HashMap<>();
    private final Set<String> giftKinds = new HashSet<>();

    KindIntent(List<Product> products) {
        for (Product p : products) {
            List<String> words = Tokenizer.tokens(p.kind());
            if (words.isEmpty()) {
                continue;
            }
            String last = words.get(words.size() - 1);
            String head = GENERIC.contains(last) && words.size() > 1 ? words.get(words.size() - 2) : last;
            kindsByHead.computeIfAbsent(head, h -> new HashSet<>()).add(p.kind());
            categoryByKind.put(p.kind(), p.category());
            if (last.equals(GIFT_HEAD) && words.contains("gift")) {
                giftKinds.add(p.kind());
            }
        }
    }

    /** The kinds whose head word occurs in {@code tokens}. */
    Set<String> named(List<String> tokens) {
        Set<String> kinds = new HashSet<>();
        tokens.forEach(t -> kinds.addAll(kindsByHead.getOrDefault(t, Set.of())));
        return kinds;
    }

    /** The score factor of {@code product} for a query naming {@code kinds}, gift wish or not. */
    double factor(Product product, Set<String> kinds, boolean giftWithoutCard) {
        double f = 1;
        if (giftWithoutCard && giftKinds.contains(product.kind())) {
            f *= OTHER_CATEGORY;
        }
        if (kinds.isEmpty() || kinds.contains(product.kind())) {
            return f;
        }
        boolean sameCategory = kinds.stream().anyMatch(k -> product.category().equals(categoryByKind.get(k)));
        return f * (sameCategory ? SAME_CATEGORY : OTHER_CATEGORY);
    }
}
