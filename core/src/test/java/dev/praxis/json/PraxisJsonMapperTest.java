package dev.praxis.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PraxisJsonMapperTest {

    record Price(BigDecimal unitPrice) {
    }

    @Test
    void mapperIsACopySoReconfiguringItLeavesPraxisSettingsAlone() throws Exception {
        ObjectMapper mine = PraxisJson.mapper();
        mine.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

        assertThat(mine.writeValueAsString(new Price(new BigDecimal("100")))).isEqualTo("{\"UnitPrice\":100}");
        assertThat(PraxisJson.write(new Price(new BigDecimal("100")))).isEqualTo("{\"unit_price\":100}");
        assertThat(PraxisJson.mapper().writeValueAsString(new Price(BigDecimal.ONE))).isEqualTo("{\"unit_price\":1}");
    }

    @Test
    void convertReadsATreeIntoARecordAndRefusesOneThatDoesNotFit() {
        assertThat(PraxisJson.convert(PraxisJson.parse("{\"unit_price\": 19.99}"), Price.class))
                .isEqualTo(new Price(new BigDecimal("19.99")));
        assertThatThrownBy(() -> PraxisJson.convert(PraxisJson.parse("{\"unit_price\": [1]}"), Price.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BigDecimal");
    }
}
