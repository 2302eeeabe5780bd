package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasesTest {

    private final Aliases aliases = Aliases.load(AliasesTest.class.getClassLoader());

    @Test
    void findsALongNameTypedWithOneSlip() {
        assertThat(aliases.find("wie steht Nivdia gerade")).extracting(Aliases.Found::value).containsExactly("NVDA");
        assertThat(aliases.find("netflx and toyotta")).extracting(Aliases.Found::value)
                .containsExactly("NFLX", "7203.T");
    }

    @Test
    void leavesShortNamesAndWordsTwoSlipsAwayAlone() {
        assertThat(aliases.find("my tesle shares")).isEmpty();
        assertThat(aliases.find("a nvdiai chart")).isEmpty();
        assertThat(aliases.find("tell me")).isEmpty();
    }

    @Test
    void oneSlipIsOneInsertedDroppedChangedOrSwappedLetter() {
        assertThat(Aliases.oneSlip("microsfot", "microsoft")).isTrue();
        assertThat(Aliases.oneSlip("netflx", "netflix")).isTrue();
        assertThat(Aliases.oneSlip("netflixx", "netflix")).isTrue();
        assertThat(Aliases.oneSlip("netflax", "netflix")).isTrue();
        assertThat(Aliases.oneSlip("netflix", "netflix")).isFalse();
        assertThat(Aliases.oneSlip("nteflxi", "netflix")).isFalse();
    }
}
