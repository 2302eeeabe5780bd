package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffsTest {

    @ParameterizedTest
    @ValueSource(strings = {"I'd honestly prefer to deal with a real person, not a bot",
            "There's a payment I don't recognise and I want to talk to someone about it",
            "get me a supervisor", "Bitte verbinden Sie mich mit einem Mitarbeiter", "necesito hablar con un encargado",
            "je voudrais parler à quelqu'un", "passami un operatore per favore", "给我找个真人", "转人工",
            "manager pls, double charged again", "charged twice - can a human call me back?",
            "est-ce qu'un conseiller en chair et en os pourrait me rappeler ?", "I mog mit am Menschen redn"})
    void readsAPersonAskedForAsTheInstructionEvenBesideANegationElsewhere(String request) {
        assertThat(Handoffs.asked(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no need for a human, just the price of Apple", "I don't need an agent, where is O-1002?",
            "ich brauche keinen Mitarbeiter, nur den Kurs", "sin agente, solo dime el precio", "不用转人工，帮我查订单",
            "my manager asked me to check the loan rate"})
    void doesNotReadADeclinedOrMerelyMentionedPersonAsAsked(String request) {
        assertThat(Handoffs.asked(request)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to complain about the courier", "Ich möchte mich beschweren",
            "quiero poner una queja", "je veux faire une réclamation", "voglio fare un reclamo", "我要投诉"})
    void recognisesAComplaintInSixLanguages(String request) {
        assertThat(Handoffs.complains(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"this isn't a complaint, where is my parcel?", "where is my parcel?"})
    void doesNotReadAQuestionOrADeniedComplaintAsOne(String request) {
        assertThat(Handoffs.complains(request)).isFalse();
    }
}
