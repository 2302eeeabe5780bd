package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed postal addresses in the forms people write them in English, German, Spanish and French. */
class AddressesTest {

    private static String read(String text) {
        return Addresses.read(text).map(r -> r.fields().toString()).orElse("");
    }

    @Test
    void readsAUsAddressWithStateCodeAndZip() {
        assertThat(read("what would it cost to send cart C3 to Maria Lopez, 400 Pine Avenue, Austin, TX 78701, USA"))
                .isEqualTo("{\"name\":\"Maria Lopez\",\"line1\":\"400 Pine Avenue\",\"city\":\"Austin\","
                        + "\"region\":\"TX\",\"postal_code\":\"78701\",\"country\":\"US\"}");
    }

    @Test
    void readsABritishPostcodeAfterTheCityAndInfersTheCountry() {
        assertThat(read("ship cart C2 to Sam Patel, 9 Mill Lane, Leeds LS1 4AP"))
                .isEqualTo("{\"name\":\"Sam Patel\",\"line1\":\"9 Mill Lane\",\"city\":\"Leeds\","
                        + "\"postal_code\":\"LS1 4AP\",\"country\":\"GB\"}");
    }

    @Test
    void readsAGermanAddressWithTheHouseNumberAfterTheStreet() {
        assertThat(read("Bitte Warenkorb C4 schicken an Jonas Müller, Lindenallee 12, 50667 Köln"))
                .isEqualTo("{\"name\":\"Jonas Müller\",\"line1\":\"Lindenallee 12\",\"city\":\"Köln\","
                        + "\"postal_code\":\"50667\",\"country\":\"DE\"}");
    }

    @Test
    void readsAFrenchAddressWithTheCountryNamedInSpanish() {
        assertThat(read("envía el carrito C5 a Luc Martin, 3 Boulevard Haussmann, 75009 Paris, Francia"))
                .isEqualTo("{\"name\":\"Luc Martin\",\"line1\":\"3 Boulevard Haussmann\",\"city\":\"Paris\","
                        + "\"postal_code\":\"75009\",\"country\":\"FR\"}");
    }

    @Test
    void anIncompleteAddressIsNotReadSoThatOfflineModeAsksForIt() {
        assertThat(read("how much would shipping be to 10 Downing Street?")).isEmpty();
        assertThat(read("ship to Ann Lee, 5 High Street")).isEmpty();
    }

    @Test
    void readsTheRecipientAfterChezAndStopsAtAQuestion() {
        assertThat(read("je veux commander avec le panier C2, livraison chez Paul Girard, 4 rue Victor Hugo, 33000 "
                + "Bordeaux"))
                .isEqualTo("{\"name\":\"Paul Girard\",\"line1\":\"4 rue Victor Hugo\",\"city\":\"Bordeaux\","
                        + "\"postal_code\":\"33000\",\"country\":\"FR\"}");
        assertThat(read("shipping for cart C1 to Amy Reed, 14 Castle Road, Bristol BS1 5TR? It's a gift."))
                .isEqualTo("{\"name\":\"Amy Reed\",\"line1\":\"14 Castle Road\",\"city\":\"Bristol\","
                        + "\"postal_code\":\"BS1 5TR\",\"country\":\"GB\"}");
    }

    @org.junit.jupiter.api.Test
    void readsTheRecipientNamedAfterTheAddressAndAStreetLedInByOtherWords() {
        assertThat(read("Postage for cart C3 to 27 Kings Road, Bristol BS8 4AB, for Peter Doyle, thanks"))
                .isEqualTo("{\"name\":\"Peter Doyle\",\"line1\":\"27 Kings Road\",\"city\":\"Bristol\","
                        + "\"postal_code\":\"BS8 4AB\",\"country\":\"GB\"}");
        assertThat(read("le panier C2 livré au 8 rue Cler, 75007 Paris, au nom de Marc Petit"))
                .isEqualTo("{\"name\":\"Marc Petit\",\"line1\":\"8 rue Cler\",\"city\":\"Paris\","
                        + "\"postal_code\":\"75007\",\"country\":\"FR\"}");
    }

    @org.junit.jupiter.api.Test
    void readsARecipientClosingTheWordsBeforeTheStreet() {
        assertThat(read("shipping on cart C6 to my sister's place: Ann Kowalski, 12 Elm Street, Dayton, OH 45402"))
                .isEqualTo("{\"name\":\"Ann Kowalski\",\"line1\":\"12 Elm Street\",\"city\":\"Dayton\","
                        + "\"region\":\"OH\",\"postal_code\":\"45402\",\"country\":\"US\"}");
    }
}
