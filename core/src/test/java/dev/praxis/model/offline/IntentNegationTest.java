package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A negation holds a write back only when it negates the action, not when it is an everyday word nearby. */
class IntentNegationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Quiero cancelar el pedido O-1013, ya no lo necesito", "Annulla l'ordine O-1023, non mi serve più",
            "Ich will keinen Bot, ich will einen echten Ansprechpartner!", "¿Me pasas con un agente humano, por favor?",
            "往购物车C1里加两个P0075-SLA", "新建一个购物车", "throw half a dozen P0013-BLA-M socks into cart 4"})
    void commandsWithEverydayNegativeWordsMayWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No lo añadas todavía al carrito C1", "Ne les ajoutez pas encore", "Non applicarlo ancora",
            "Füge es bitte nicht hinzu", "Noch nicht hinzufügen!", "no need for a human, just tell me when O-1003 arrives",
            "No hace falta que me pases con nadie"})
    void negatedActionsNeverWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).isFalse();
    }
}
