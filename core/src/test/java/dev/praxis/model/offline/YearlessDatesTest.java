package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class YearlessDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void givesEachDayOfAListTheYearOfItsLatestOccurrence() {
        assertThat(YearlessDates.complete("Which are subscriptions? 11/02 Netflix 15.49, 11/05 Spotify 10.99", TODAY))
                .isEqualTo("Which are subscriptions? 2026-11-02 Netflix 15.49, 2026-11-05 Spotify 10.99");
        // the 14th of December has not come yet this year: it was last year's
        assertThat(YearlessDates.complete("12/14 rent 900, 1/14 rent 900", TODAY))
                .isEqualTo("2025-12-14 rent 900, 2026-01-14 rent 900");
    }

    @Test
    void readsDayAndMonthInTheOrderTheLanguageAndTheNumbersAllow() {
        assertThat(YearlessDates.complete("Quiero ver mis gastos: 05/10 proveedor 320, 12/10 luz 45", TODAY))
                .isEqualTo("Quiero ver mis gastos: 2026-10-05 proveedor 320, 2026-10-12 luz 45");
        assertThat(YearlessDates.complete("9/14 Spotify 11.99, 10/14 Spotify 11.99", TODAY))
                .isEqualTo("2026-09-14 Spotify 11.99, 2026-10-14 Spotify 11.99");
        assertThat(YearlessDates.complete("2 Nov Tesco £23.40, 4 Nov Boots £8.99", TODAY))
                .isEqualTo("2026-11-02 Tesco £23.40, 2026-11-04 Boots £8.99");
        assertThat(YearlessDates.complete("02.11. REWE 54,20, 09.11. Aral 61,00", TODAY))
                .isEqualTo("2026-11-02 REWE 54,20, 2026-11-09 Aral 61,00");
        assertThat(YearlessDates.complete("11月2日 电费 200，11月9日 水费 80", TODAY))
                .isEqualTo("2026-11-02 电费 200，2026-11-09 水费 80");
    }

    @Test
    void leavesASingleDayFullDatesDecimalsRatingsAndSizesAsWritten() {
        assertThat(YearlessDates.complete("can I still return O-1003 on 20 December?", TODAY))
                .isEqualTo("can I still return O-1003 on 20 December?");
        String dated = "$5,000 on March 3rd 2024, 2,000 on September 15th 2024, 7,900 on June 2nd 2025";
        assertThat(YearlessDates.complete(dated, TODAY)).isEqualTo(dated);
        assertThat(YearlessDates.complete("loan of 5.5 at 4.5 % for 3/4 of the year", TODAY))
                .isEqualTo("loan of 5.5 at 4.5 % for 3/4 of the year");
        assertThat(YearlessDates.complete("earbuds rated 4/5 or better, ideally 5/5", TODAY))
                .isEqualTo("earbuds rated 4/5 or better, ideally 5/5");
        assertThat(YearlessDates.complete("size 10/11 or 11/12 hiking socks", TODAY))
                .isEqualTo("size 10/11 or 11/12 hiking socks");
    }
}
