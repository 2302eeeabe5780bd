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
}
