package dev.praxis.model.offline;

import java.util.regex.Pattern;

/**
 * Payments made at the start of each period (an annuity due, {@code BEGIN}), said in English, German, Spanish,
 * French, Italian and Chinese: "at the start of every month", "am Monatsanfang", "a principios de cada mes",
 * "au début de chaque mois", "all'inizio di ogni mese", "每月初". Said anywhere in the request, it wins over a
 * later, looser "end" ("what is it worth at the end?" names the horizon, not the timing).
 */
final class PaymentTiming {

    private static final Pattern BEGIN = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "(?:at|on) the (?:start|beginning|first day) of (?:each|every|the|a) (?:month|year|quarter|week|period)|"
            + "(?:start|beginning) of (?:each|every) (?:month|year|quarter|period)|in advance|annuity due|"
            + "(?:am|zum|zu) (?:monats|jahres|quartals)(?:anfang|beginn)|(?:am anfang|zu beginn) (?:jedes|jeder|eines)"
            + " (?:monats|jahres|quartals|periode)|vorschüssig\\p{L}*|"
            + "(?:a|al) (?:principios|principio|inicio|comienzo|comienzos) de (?:cada|mes|año)|por anticipado|"
            + "anticipad[oa]s?|"
            + "(?:au|en) début (?:de|d')\\s?(?:chaque|mois|année|période|trimestre)|à terme à échoir|(?<!merci )d'avance|"
            + "(?:all'|a |ad )inizio (?:di |del )?(?:ogni|mese|anno)|anticipat[ie])(?![\\p{L}])"
            + "|每(?:个)?月初|每年初|每期期初|期初|月初");

    private PaymentTiming() {
    }

    /** Whether {@code text} says the payments fall at the start of each period. */
    static boolean atStart(String text) {
        return BEGIN.matcher(text).find();
    }
}
