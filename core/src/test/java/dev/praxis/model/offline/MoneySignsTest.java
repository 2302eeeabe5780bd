package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A payment one receives is positive, one makes is negative (the FV/PV spreadsheet convention). */
class MoneySignsTest {

    private static final String CONVENTION = "Payment each period, negative when paid out";

    private static BigDecimal payment(String text) {
        return MoneySigns.signed("payment", BigDecimal.valueOf(800), CONVENTION, text);
    }

    @Test
    void aPaymentPaidToTheUserIsPositive() {
        assertThat(payment("I get 800 paid every month for 10 years")).isEqualByComparingTo("800");
        assertThat(payment("Me pagan 800 al mes durante diez años")).isEqualByComparingTo("800");
        assertThat(payment("je touche 800 par mois pendant dix ans")).isEqualByComparingTo("800");
        assertThat(payment("mir werden 800 im Monat ausgezahlt")).isEqualByComparingTo("800");
    }

    @Test
    void aPaymentTheUserMakesIsNegative() {
        assertThat(payment("I pay in 800 every month for 10 years")).isEqualByComparingTo("-800");
        assertThat(payment("what do I get at the end if I save 800 monthly?")).isEqualByComparingTo("-800");
    }
}
