package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultRendererTest {

    final ResultRenderer renderer = new ResultRenderer();

    @Test
    void rendersObjectsAsLabelledLinesAndMoneyInline() {
        String text = renderer.render("loan_payment",
                "{\"monthly_payment\":{\"amount\":1896.20,\"currency\":\"USD\",\"minor\":189620},\"term_months\":360}",
                false);

        assertThat(text).isEqualTo("Result of loan_payment:\nMonthly payment: 1896.20 USD\nTerm months: 360");
    }

    @Test
    void saysSoWhenAToolReturnsAnEmptyList() {
        assertThat(renderer.render("detect_recurring_charges", "[]", false))
                .isEqualTo("Result of detect_recurring_charges:\nNothing found.");
    }

    @Test
    void rendersListsAsBulletsAndCutsLongOnes() {
        StringBuilder items = new StringBuilder("[");
        for (int i = 1; i <= 12; i++) {
            items.append(i).append(i < 12 ? "," : "]");
        }
        String text = renderer.render("list", items.toString(), false);

        assertThat(text).contains("- 1\n").contains("- 10\n").doesNotContain("- 11").endsWith("- ... and 2 more");
    }

    @Test
    void showsPlainTextResultsAndErrorsAsTheyAre() {
        assertThat(renderer.render("echo", "done", false)).isEqualTo("Result of echo: done");
        assertThat(renderer.render("echo", "bad input", true)).isEqualTo("The tool echo reported an error: bad input");
    }

    @Test
    void productSearchRendersCompactTable() {
        String page = "{\"query\":\"headphones\",\"mode_requested\":\"HYBRID\",\"mode_used\":\"HYBRID\","
                + "\"note\":\"read 'under 200' as a price up to 200\",\"total\":14,\"page\":1,\"page_size\":2,\"results\":["
                + "{\"product_id\":\"P0029\",\"title\":\"Voltaire Aurora Noise-cancelling Headphones\",\"brand\":\"Voltaire\","
                + "\"category\":\"Electronics\",\"price_from\":{\"amount\":\"191.99\",\"currency\":\"USD\"},"
                + "\"price_to\":{\"amount\":\"191.99\",\"currency\":\"USD\"},\"in_stock\":true,\"rating\":4.4,"
                + "\"rating_count\":120,\"final_sale\":false,\"matched_by\":[\"keyword\",\"semantic\"],\"score\":0.6191},"
                + "{\"product_id\":\"P0076\",\"title\":\"Voltaire Drift Noise-cancelling Headphones\",\"brand\":\"Voltaire\","
                + "\"category\":\"Electronics\",\"price_from\":{\"amount\":\"416.99\",\"currency\":\"USD\"},"
                + "\"price_to\":{\"amount\":\"426.99\",\"currency\":\"USD\"},\"in_stock\":false,\"rating\":3.8,"
                + "\"rating_count\":7,\"final_sale\":true,\"matched_by\":[\"semantic\"],\"score\":0.5}]}";

        String text = renderer.render("search_products", page, false);

        assertThat(text).isEqualTo("""
                Result of search_products:
                2 of 14 products:
                #  Id     Title                                        Price            Rating  Stock
                1  P0029  Voltaire Aurora Noise-cancelling Headphones  191.99 USD       4.4     in stock
                2  P0076  Voltaire Drift Noise-cancelling Headphones   from 416.99 USD  3.8     sold out
                Note: read 'under 200' as a price up to 200""");
        assertThat(text).doesNotContain("Score", "Matched by", "Rating count", "0.6191");
    }

    @Test
    void emptyProductSearchSaysSo() {
        assertThat(renderer.render("search_products", "{\"query\":\"x\",\"total\":0,\"page\":1,\"results\":[]}", false))
                .isEqualTo("Result of search_products:\nNo products found.");
    }
}
