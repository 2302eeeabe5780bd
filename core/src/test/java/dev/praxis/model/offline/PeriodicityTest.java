package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicityTest {

    @Test
    void aQuarterOfAPercentOrOfAMillionIsNoQuarterlyCompounding() {
        assertThat(Periodicity.perYear("a CD paying four and a quarter percent a year, after five years")).isNull();
        assertThat(Periodicity.perYear("a quarter of a million at 5 %")).isNull();
    }

    @Test
    void aQuarterAsAPeriodIsStillQuarterly() {
        assertThat(Periodicity.perYear("5 % compounded quarterly")).isEqualByComparingTo("4");
        assertThat(Periodicity.perYear("I pay in 600 a quarter")).isEqualByComparingTo("4");
    }

    @Test
    void withoutACompoundingWordTheFrequencyNearestTheNominalRateCounts() {
        assertThat(Periodicity.perYear("tasa efectiva anual de un 18 % nominal mes vencido")).isEqualByComparingTo("12");
    }
}
