package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutOfScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"tell me a joke", "Erzähl mir einen Witz.", "Cuéntame un chiste", "Raconte-moi une blague",
            "Raccontami una barzelletta", "给我讲个笑话", "what's a good recipe for banana bread?", "红烧肉怎么做？",
            "Can you book a table for two tonight?", "Mi prenoti un tavolo in pizzeria?", "帮我订一家今晚的火锅店",
            "Wie wird das Wetter morgen in München?", "who won the Champions League last year?",
            "can you help me with my calculus homework", "translate 'good morning' into Japanese", "Hola, buenas",
            "你好", "I have a question", "Vous pouvez me réserver une table pour deux ce soir ?",
            "¿Qué tiempo va a hacer mañana en Bilbao?", "Quel temps fera-t-il à Nantes demain ?",
            "Can you help me with my visa application?", "can you do my homework for me",
            "how do I get rid of moss on my lawn?", "will it snow in Denver on saturday",
            "tell me something funny about plumbers", "book me a plumber for Friday", "帮我订后天中午那家咖啡馆的位子", "any tips for sleeping during the day after nights?"})
    void recognisesRequestsNoToolServesInSixLanguages(String request) {
        assertThat(OutOfScope.matches(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"should I invest my bonus in crypto?", "Sollte ich meine Ersparnisse in Aktien anlegen?",
            "¿Debería invertir en oro?", "Devrais-je investir dans l'immobilier ?", "Dovrei investire in ETF?",
            "我该不该买黄金？", "can you do my taxes", "Hilfst du mir bei der Steuererklärung?", "帮我报税",
            "帮我报一下个税", "Mi consigli dove investire i risparmi della nonna?"})
    void recognisesInvestmentAdviceAndTaxFilingAsOutOfScope(String request) {
        assertThat(OutOfScope.matches(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"looking for a rain jacket under 100", "Hi, where is my order O-1001?",
            "Ich habe eine Frage zu meiner Bestellung O-1001", "monthly payment on 250k at 6% for 30 years",
            "帮我找个帐篷", "Quiero hablar con una persona", "preview a buy of 10 AAPL", "what tax rate applies to 500 of interest?",
            "¿Tienen mantas que pesen, de esas para dormir mejor?", "where can I see my investments?",
            "For my finance homework: nominal 6% compounded quarterly, what is the effective rate?"})
    void leavesRequestsForTheToolsAlone(String request) {
        assertThat(OutOfScope.matches(request)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"write me a limerick about my cat", "Schreib mir ein Gedicht über Herbst",
            "¿me escribes un poema para mi novia?", "écris-moi un poème sur la mer", "scrivimi una poesia sul mare",
            "帮我写一首诗", "what time is it in Sydney right now", "Wie spät ist es in Wien?", "¿Qué hora es en Lima?",
            "Quelle heure est-il à Montréal ?", "Che ore sono a Roma?", "现在几点了", "what's the capital of Peru",
            "can you draft a cover letter for me", "any good movie to watch tonight?", "Come si fa la pizza napoletana?",
            "¿Cómo se hace una tortilla?", "Wie backe ich Brot?"})
    void recognisesProseToWriteTheTimeTriviaAndCookingInSixLanguages(String request) {
        assertThat(OutOfScope.matches(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amortization table for a 20k loan at 5% over 4 years", "what's the total with shipping and taxes for cart C2",
            "¿Cuánto me sale el carrito C4 con envío e impuestos?", "a table for the living room under 200"})
    void leavesToolRequestsThatShareAWordWithATopicAlone(String request) {
        assertThat(OutOfScope.matches(request)).isFalse();
    }
}
