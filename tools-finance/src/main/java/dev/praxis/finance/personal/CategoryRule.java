package dev.praxis.finance.personal;

import dev.praxis.tool.Param;

/**
 * A keyword rule: a transaction whose description contains {@code keyword} as whole words goes to
 * {@code category}. Callers may pass their own rules; they are tried before the built-in ones.
 *
 * @param keyword  word or phrase, case-insensitive, e.g. "BLUE BOTTLE"
 * @param category category name, e.g. FOOD_AND_DRINK
 */
public record CategoryRule(@Param("Word or phrase to find in the description, case-insensitive") String keyword,
                           @Param("Category to assign, e.g. FOOD_AND_DRINK") String category) {
}
