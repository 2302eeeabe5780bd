package dev.praxis.ecommerce.shipping;

import dev.praxis.ecommerce.checkout.TaxTable;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DestinationsTest {

    private static Address to(String region, String country) {
        return new Address("A", "1 St", "City", region, "1", country);
    }

    @Test
    void listsTheFiftyStatesAndDcOfIso3166_2Us() {
        assertThat(Destinations.US_STATES).hasSize(51).contains("DC", "AK", "HI").doesNotContain("PR", "AE");
        assertThat(Destinations.US_OUTLYING_AREAS).doesNotContainAnyElementsOf(Destinations.US_STATES);
    }

    @Test
    void everyAcceptedDestinationHasItsOwnTaxRate() {
        TaxTable taxes = new TaxTable();
        Stream.concat(Destinations.US_STATES.stream().map(s -> to(s, "US")),
                Destinations.COUNTRIES.stream().filter(c -> !c.equals("US")).map(c -> to(null, c))).forEach(a ->
                assertThat(taxes.rate(a.validated()).jurisdiction()).isEqualTo(a.jurisdiction()));
    }

    @Test
    void taxTableRefusesAnAddressItHasNoRateFor() {
        assertThatThrownBy(() -> new TaxTable().rate(to("ZZ", "US"))).hasMessageContaining("no tax rate for US-ZZ");
        assertThatThrownBy(() -> new TaxTable().rate(to(null, "JP"))).hasMessageContaining("no tax rate for JP");
    }
}
