package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A negation holds a write back only when it negates the action, not when it is an everyday word nearby. */
class IntentNegationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Quiero cancelar el pedido O-1013, ya no lo necesito", "Annulla l'ordine O-1023, non mi serve più",
            "Ich will keinen Bot, ich will einen echten Ansprechpartner!", "¿Me pasas con un agente humano, por favor?",
            "往购物车C1里加两个P0075-SLA", "新建一个购物车", "throw half a dozen P0013-BLA-M socks into cart 4",
            "I don't have a cart yet, please create one", "cancel O-1044, the customer doesn't need it anymore",
            "订单O-1038帮我取消了，客户说不要了"})
    void commandsWithEverydayNegativeWordsMayWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No lo añadas todavía al carrito C1", "Ne les ajoutez pas encore", "Non applicarlo ancora",
            "Füge es bitte nicht hinzu", "Noch nicht hinzufügen!", "no need for a human, just tell me when O-1003 arrives",
            "No hace falta que me pases con nadie", "don't cancel O-1044 yet", "please don't add the socks",
            "I do not want to apply that code", "never place an order for me",
            "Non comprare ancora le Meta, aspetto la call con gli investitori.",
            "Die Bestellung no ned abschicken, i muas no überlegn.", "bitte ned bestellen",
            "Non eseguire ancora l'acquisto delle Amazon, ci devo pensare"})
    void negatedActionsNeverWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mettimi quattro calzini P0201-SLA-M nel carrello c1", "Setz L2 im Warenkorb C5 auf drei", "Rabattcode HERBST5 für Warenkorb C2 anwenden.",
            "Cambia la cantidad de L1 a cuatro", "ponlo en el carrito C2", "usa el cupón VERANO en el carrito C3",
            "take l1 out of cart 6", "remvoe l3 from cart c1", "make it five on line L2", "porta la riga L1 a due",
            "把购物车C6的L3删掉", "L1的数量改成四个", "购物车C2用优惠码ABC1"})
    void imperativesOfEveryLanguageMayWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).as(request).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setz L2 im Warenkorb C5 nicht auf drei", "Kann ich den Rabattcode anwenden?",
            "¿Cambia la cantidad si quito L1?", "don't make it five yet", "要不要把L3删掉？", "先别把L1的数量改成四个",
            "购物车C2能用优惠码ABC1吗"})
    void theSameImperativesAskedOrNegatedNeverWrite(String request) {
        assertThat(Intent.of(request).permitsWrite()).as(request).isFalse();
    }

    @org.junit.jupiter.api.Test
    void chineseWordsThatMerelyContainBieAreNoNegation() {
        assertThat(Intent.of("帮我按类别汇总一下支出").negated()).isFalse();
        assertThat(Intent.of("这两个有什么区别").negated()).isFalse();
        assertThat(Intent.of("先别下单").negated()).isTrue();
    }
}
