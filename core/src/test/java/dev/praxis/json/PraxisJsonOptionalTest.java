package dev.praxis.json;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PraxisJsonOptionalTest {

    record Result(String name, Optional<Integer> rate) {
    }

    @Test
    void writesAPresentOptionalAsItsValueAndLeavesAnEmptyOneOut() {
        assertThat(PraxisJson.write(new Result("a", Optional.of(5)))).isEqualTo("{\"name\":\"a\",\"rate\":5}");
        assertThat(PraxisJson.write(new Result("b", Optional.empty()))).isEqualTo("{\"name\":\"b\"}");
    }
}
