package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small talk asks for nothing; one word of a request makes it a request. */
class ChatterTest {

    @Test
    void greetingsThanksAndGoodbyesInSixLanguagesAreSmallTalk() {
        assertThat(Chatter.matches("hey there, how's it going? 🙂".replace("how's", "how is"))).isTrue();
        assertThat(Chatter.matches("Vielen Dank, alles klar, tschüss!")).isTrue();
        assertThat(Chatter.matches("¡Buenas tardes! ¿Qué tal?")).isTrue();
        assertThat(Chatter.matches("Merci, c'est tout.")).isTrue();
        assertThat(Chatter.matches("Grazie mille, buona serata")).isTrue();
        assertThat(Chatter.matches("谢谢，拜拜")).isTrue();
        assertThat(Chatter.matches("hola, buenas noches a todos")).isTrue();
    }

    @Test
    void aRequestAfterTheGreetingIsNoSmallTalk() {
        assertThat(Chatter.matches("thanks, where is my order O-1001?")).isFalse();
        assertThat(Chatter.matches("Hallo, ich möchte mit einem Menschen sprechen")).isFalse();
        assertThat(Chatter.matches("你好，我的订单到哪了")).isFalse();
        assertThat(Chatter.matches("   ")).isFalse();
    }

    @Test
    void aDrawnOutGreetingIsStillAGreeting() {
        assertThat(Chatter.matches("heyyyy, whats up")).isTrue();
        assertThat(Chatter.matches("Holaaa, ¿todo bien?")).isTrue();
        assertThat(Chatter.matches("嗨，打个招呼而已")).isTrue();
    }
}
