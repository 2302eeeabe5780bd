package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments at the start of each period, said in six languages; "at the end" alone is no such cue. */
class PaymentTimingTest {

    @Test
    void recognisesStartOfPeriodPaymentsInSixLanguages() {
        assertThat(PaymentTiming.atStart("I put in 100 on the first day of every month")).isTrue();
        assertThat(PaymentTiming.atStart("Einzahlung jeweils zum Monatsanfang")).isTrue();
        assertThat(PaymentTiming.atStart("aporto 100 a principios de cada mes")).isTrue();
        assertThat(PaymentTiming.atStart("je place 100 en début de mois")).isTrue();
        assertThat(PaymentTiming.atStart("verso 100 all'inizio di ogni mese")).isTrue();
        assertThat(PaymentTiming.atStart("每月初存1000元")).isTrue();
    }

    @Test
    void theEndOfTheTermIsNotATimingCue() {
        assertThat(PaymentTiming.atStart("saving 100 a month, what do I have at the end of 10 years?")).isFalse();
    }
}
