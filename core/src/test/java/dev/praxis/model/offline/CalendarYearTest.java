package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarYearTest {

    @Test
    void twoCalendarYearsSpanTheYearsBetweenThem() {
        assertThat(CalendarYear.span("facturó 120.000 en 2021 y 185.000 en 2025")).contains(4);
        assertThat(CalendarYear.span("2019年营收500万，2024年达到900万")).contains(5);
    }

    @Test
    void oneOrThreeYearsOrAmountsAreNoSpan() {
        assertThat(CalendarYear.span("im Jahr 2024")).isEmpty();
        assertThat(CalendarYear.span("2020, 2022 and 2024")).isEmpty();
        assertThat(CalendarYear.span("from 2.021 to 2,025")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aYearEndingTheSentenceIsStillTheCalendarYear() {
        assertThat(CalendarYear.in("Sharpe ratio for MSFT over calendar 2024.")).contains(2024);
        assertThat(CalendarYear.in("a rate of 2025.50 is no year")).isEmpty();
    }
}
