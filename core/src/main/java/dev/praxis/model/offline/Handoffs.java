package dev.praxis.model.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request asks for a person, in English, German, Spanish, French, Italian and Chinese. A handoff needs
 * someone to hand off to, so the request must name a person ("a human", "un operatore", "人工"); asking for one is
 * itself the instruction ("I'd rather deal with an actual human", "找个真人跟我说"), even when the message also
 * complains or asks a question, unless the person is declined ("no need for a human", "不用转人工"). A negation
 * elsewhere in the message ("a charge I don't recognise") does not decline the person.
 */
final class Handoffs {

    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";

    private static final String PERSON_WORDS = "human|humans|human being|person|people|someone|somebody|agent|manager|"
            + "employee|empleado|employé|dipendente|"
            + "representative|rep|supervisor|staff|team|operator|real one|in carne e ossa|de carne y hueso|"
            + "en chair et en os|aus fleisch und blut|(?:uno|una) ver[oa]|(?:alguien|una persona) de verdad|"
            + "quelqu'un de vrai|echte[nm]? menschen|atención al cliente|service client|kundenservice|servizio clienti|"
            + "mensch\\p{L}*|mitarbeiter\\p{L}*|ansprechpartner\\p{L}*|kundendienst|jemand\\p{L}*|vorgesetzt\\p{L}*|"
            + "chef|persona|humano|agente|alguien|encargado|supervisor\\p{L}*|responsable|humain|conseill\\p{L}*|"
            + "personne|quelqu'un|superviseur|operatore|qualcuno|umano|responsabile";
    private static final Pattern PERSON = Pattern.compile("(?iu)" + B + "(?:" + PERSON_WORDS + ")" + E
            + "|人工|真人|客服|主管|经理|负责人|员工|工作人员");

    /** Words that ask for the person: to speak, be connected, be given one, want or prefer one. */
    private static final Pattern ASK = Pattern.compile("(?iu)" + B + "(?:speak|talk|connect|transfer|put me through|"
            + "pls|plz|please|now|asap|bitte|sofort|por favor|ya|s'il vous plaît|svp|per favore|subito|"
            + "get me|give me|want|need|rather|prefer|deal with|escalate|hand (?:me|this|it) (?:over|off)|"
            + "call me|call me back|ring me|phone me|get back to me|contact me|"
            + "sprechen|reden|redn|verbinden|zurückrufen|anrufen|ruft mich|rufen sie mich|verbinde|weiterleiten|will|möchte|brauche|hätte gern|"
            + "llamarme|me llame|me llamen|hablar|pásame|pasame|pasen|pasar|pasarme|comunícame|comunicame|comunicar|quiero|necesito|prefiero|"
            + "rappeler|rappelle|rappelez|parler|passer|passez|passe|veux|voudrais|besoin|préfère|"
            + "richiamarmi|chiamarmi|mi richiami|mi chiami|parlare|passami|passarmi|voglio|vorrei|bisogno|preferisco)" + E
            + "|找|转|要|接|叫|请|马上|打电话|回电|让.{0,4}(?:来|跟我)");

    /** A declined person: the negation stands right before the person or the asking word. */
    private static final Pattern DECLINED = Pattern.compile("(?iu)" + B + "(?:no need (?:for|to)|don'?t (?:need|want)|"
            + "not (?:a|an|any)|no|without|brauche? kein\\p{L}*|kein\\p{L}*|nicht|sin|no hace falta|pas besoin|"
            + "sans|senza|non (?:serve|voglio|ho bisogno))" + E + "[^.!?;,]{0,20}?(?:" + PERSON_WORDS + ")"
            + "|不用.{0,3}(?:转)?(?:人工|真人|客服)|不要.{0,3}(?:转)?(?:人工|真人|客服)|别.{0,3}(?:转)?(?:人工|真人|客服)");

    /** A complaint, in every supported language: for a handoff tool whose description takes complaints. */
    private static final Pattern COMPLAINT = Pattern.compile("(?iu)" + B + "(?:complain\\p{L}*|complaint|"
            + "beschwer\\p{L}*|reklamation|reklamieren|queja\\p{L}*|quejar\\p{L}*|reclamaci[oó]n|reclamo|reclamar|"
            + "plainte|porter plainte|réclamation|réclamer|reclamo|reclami|lamentel\\p{L}*|lamentar\\p{L}*|worst|"
            + "unacceptable|disgraceful|furious|schlimmste\\p{L}*|schlechteste\\p{L}*|unverschämt|el peor|la peor|"
            + "inaceptable|le pire|la pire|inadmissible|il peggiore|la peggiore|inaccettabile)" + E
            + "|投诉|抱怨|申诉");
    private static final Pattern NOT_A_COMPLAINT = Pattern.compile("(?iu)" + B + "(?:(?:isn'?t|is not|not|no) (?:a )?complain\\p{L}*|don'?t want to complain|"
            + "no (?:es una )?queja|keine beschwerde|pas (?:une )?plainte|non (?:è un )?reclamo)" + E + "|不是投诉");

    private Handoffs() {
    }

    /** Whether {@code text} makes a complaint ("I want to complain", "我要投诉"), and does not deny making one. */
    static boolean complains(String text) {
        return COMPLAINT.matcher(text).find() && !NOT_A_COMPLAINT.matcher(text).find();
    }

    /** Whether {@code text} names a person to hand off to. */
    static boolean namesPerson(String text) {
        return PERSON.matcher(text).find();
    }

    /** Whether {@code text} asks for a person: a person named near an asking word, and not declined. */
    static boolean asked(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (DECLINED.matcher(lower).find()) {
            return false;
        }
        Matcher person = PERSON.matcher(lower);
        while (person.find()) {
            String before = lower.substring(Math.max(0, person.start() - 40), person.start());
            String after = lower.substring(person.end(), Math.min(lower.length(), person.end() + 24));
            if (ASK.matcher(before).find() || ASK.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }
}
