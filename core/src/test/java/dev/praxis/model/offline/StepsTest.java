package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first of two steps asked for in sequence; one conditional question is not two steps. */
class StepsTest {

    @Test
    void takesTheFirstOfTwoStepsInEachLanguage() {
        assertThat(Steps.first("show me cart C7, then use coupon FALL20")).contains("show me cart C7");
        assertThat(Steps.first("Zeig mir Bestellung O-1009 und danach storniere sie")).contains("Zeig mir Bestellung O-1009");
        assertThat(Steps.first("Mira el carrito C2 y luego quita la línea L1")).contains("Mira el carrito C2");
        assertThat(Steps.first("Affiche le panier C3, puis retire la ligne L2")).contains("Affiche le panier C3");
        assertThat(Steps.first("查一下购物车C1，然后结账")).contains("查一下购物车C1");
    }

    @Test
    void aConditionalOrAFrenchQuestionIsOneStep() {
        assertThat(Steps.first("if I pay 200 more each month, then how long until it is paid off?")).isEmpty();
        assertThat(Steps.first("Combien puis-je emprunter sur 20 ans à 3 % ?")).isEmpty();
        assertThat(Steps.first("what is the total of cart C1")).isEmpty();
    }
}
