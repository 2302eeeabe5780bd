package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QualifiedCurrenciesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400 canadian dollars to euros | cad",
            "le dollar canadien contre l'euro | cad",
            "mil dólares australianos | aud",
            "2 500 $ canadiens | cad",
            "500 us dollars | usd"})
    void writesACountryQualifiedDollarAsItsCodeKeepingPositions(String lower, String code) {
        String qualified = QualifiedCurrencies.qualify(lower);
        assertThat(qualified).hasSameSizeAs(lower).contains(code);
        assertThat(qualified).doesNotContain("dollar").doesNotContain("dólar");
    }
}
