package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers after a cue word: codes and ids, never an ordinary word that happens to follow the cue. */
class IdentifiersTest {

    @Test
    void anOrdinaryWordAfterTheCueIsNotAnId() {
        assertThat(new Identifiers("Cancel my order please.").find("The order id", false, "order")).isEmpty();
        assertThat(new Identifiers("cancel the order today").find("The order id", false, "order")).isEmpty();
    }

    @Test
    void anIdWithADigitOrAnUpperCaseCodeAfterTheCueIsTaken() {
        assertThat(new Identifiers("cancel order o1042 please").find("The order id", false, "order"))
                .contains("o1042");
        assertThat(new Identifiers("apply code WELCOME to my cart").find("The code", true, "code"))
                .contains("WELCOME");
    }

    @org.junit.jupiter.api.Test
    void aFigureWithItsUnitIsNoId() {
        Identifiers ids = new Identifiers("shoes for 12hr shifts and a 5kg bag, then P0042");
        assertThat(ids.find(null, false, null)).contains("P0042");
    }
}
