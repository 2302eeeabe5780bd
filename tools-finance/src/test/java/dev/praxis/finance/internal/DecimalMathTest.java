package dev.praxis.finance.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DecimalMathTest {

    private static final BigDecimal DIGITS_32 = new BigDecimal("1e-32");

    @Test
    void lnAndExpAgreeWithKnownConstantsTo32Digits() {
        // ln 2 and e to 40 digits (OEIS A002162, A001113)
        assertThat(DecimalMath.ln(new BigDecimal("2")))
                .isCloseTo(new BigDecimal("0.6931471805599453094172321214581765680755"), within(DIGITS_32));
        assertThat(DecimalMath.exp(BigDecimal.ONE))
                .isCloseTo(new BigDecimal("2.7182818284590452353602874713526624977572"), within(DIGITS_32));
    }

    @Test
    void fractionalPowerMatchesSquareRoot() {
        // sqrt 2 to 40 digits (OEIS A002193)
        assertThat(DecimalMath.pow(new BigDecimal("2"), new BigDecimal("0.5")))
                .isCloseTo(new BigDecimal("1.4142135623730950488016887242096980785697"), within(DIGITS_32));
        assertThat(DecimalMath.pow(new BigDecimal("1.005"), new BigDecimal("-360")))
                .isCloseTo(BigDecimal.ONE.divide(new BigDecimal("1.005").pow(360), DecimalMath.MC), within(DIGITS_32));
    }

    @Test
    void lnAndExpInvertEachOtherOverAWideRange() {
        for (String x : new String[] {"1e-12", "0.0001", "0.5", "1.0000001", "3", "1000", "1e15"}) {
            BigDecimal value = new BigDecimal(x);
            BigDecimal back = DecimalMath.exp(DecimalMath.ln(value));
            assertThat(back.subtract(value).abs().divide(value, DecimalMath.MC)).as(x).isLessThan(new BigDecimal("1e-30"));
        }
    }

    @Test
    void refusesLogarithmsOfNonPositiveNumbers() {
        assertThatThrownBy(() -> DecimalMath.ln(BigDecimal.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> DecimalMath.pow(new BigDecimal("-2"), new BigDecimal("0.5")))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("positive base");
    }
}
