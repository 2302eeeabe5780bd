package dev.praxis.model.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a request asks for: a command ("add 2 of P0042 to cart C1", "bitte storniere O-1001"), or only a question,
 * a hypothetical ("what happens if I remove L1?", "¿y si añado dos?") or a negated request ("don't apply it yet",
 * "noch nicht", "先不要"). Offline mode calls a side-effecting tool only for a command: the request must carry an
 * explicit command cue (an imperative, "please", "I want to", "can you ...") and no question, hypothetical or
 * negation cue, in any of English, German, Spanish, French, Italian and Chinese. Cues err towards not acting:
 * a missed command costs the user a rephrase; a wrong write costs more.
 */
record Intent(boolean command, boolean question, boolean hypothetical, boolean negated) {

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final Pattern NEGATION = Pattern.compile(B + "(?:(?:don'?t|do not|never)\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(?:add|apply|cancel|remove|place|order|buy|sell|put|do|run|execute|change|delete|book|charge|proceed|go|"
            + "check ?out|send|ship|refund|transfer|make|create|use|update|hand|escalate|connect|pass|submit|touch|"
            + "process|empty|clear|drop|take|purchase|finali[sz]e|confirm|trade|move|redeem|open|start|set|switch|"
            + "return|pay|act)|not yet|"
            + "no need to|no need for|hold off|wait before|without (?:applying|adding|removing|placing|ordering|buying|"
            + "cancel\\w*)|noch nicht|nicht nötig|todav[ií]a no|a[uú]n no|no hace falta|no es necesario|"
            + "sin (?:aplicar|añadir|agregar|comprar)|no ned|noch ned|nu ned|pas encore|pas besoin|jamais|non ancora|non serve che|"
            + "non c'è bisogno)" + E + "|不要(?!了)|(?<![类区特级性分告识个差辨])别|先不|暂时不|不用|还不|先别|勿|不必|先等");
    /**
     * Words that negate only when an action follows them closely ("no lo añadas", "ne les ajoutez pas", "non
     * applicarlo", "füge es nicht hinzu"): on their own they are everyday words ("ya no lo necesito", "nicht zu
     * teuer", "ich will keinen Bot").
     */
    private static final Pattern SOFT_NEGATION = Pattern.compile(B + "(?:no|non|ne|nicht|kein\\w*|pas)" + E
            + "[^.!?;]{0,25}?" + B + "(?:add|apply|cancel|remove|place|buy|sell|execute|order|put|esegu\\w*|ejecut\\w*|"
            + "exécut\\w*|vend\\w*|acquist\\w*|hinzu\\w*|füg\\w*|anwend\\w*|"
            + "einlös\\w*|storni\\w*|lösch\\w*|entfern\\w*|bestell\\w*|kauf\\w*|a[ñn]ad\\w*|agreg\\w*|"
            + "apliqu\\w*|aplic\\w*|cancel\\w*|quit\\w*|elimin\\w*|borr\\w*|compr\\w*|pong\\w*|met\\w*|"
            + "ajout\\w*|appliqu\\w*|annul\\w*|retir\\w*|supprim\\w*|command\\w*|achet\\w*|mett\\w*|"
            + "aggiung\\w*|applic\\w*|annull\\w*|togl\\w*|rimuov\\w*|ordin\\w*)"
            + "|" + B + "(?:füg\\w*|leg\\w*|stornier\\w*|wende\\w*|lösch\\w*|entfern\\w*|setz\\w*|änder\\w*|"
            + "pack\\w*|nimm|kauf\\w*|bestell\\w*)" + E
            + "[^.!?;]{0,20}?" + B + "(?:nicht|ned)(?! mehr)" + E
            // Bavarian and Austrian "ned" before the verb: "ned abschicken"
            + "|" + B + "ned" + E + "[^.!?;]{0,12}?" + B + "(?:abschick\\p{L}*|bestell\\p{L}*|kauf\\p{L}*|storni\\p{L}*|"
            + "lösch\\p{L}*|hinzufüg\\p{L}*|schick\\p{L}*)");
    private static final Pattern HYPOTHETICAL = Pattern.compile(B + "(?:what if|what happens|what would happen|"
            + "would|suppose|supposing|hypothetically|imagine|if i|if we|in case|"
            + "was wäre|was passiert|würde|würden|wäre|angenommen|falls|wenn ich|wenn i|wenn wir|hypothetisch|"
            + "qu[ée] pasa(?:r[ií]a)? si|y si|si (?:yo |lo |la )?\\p{L}+|supongamos|hipot[ée]ticamente|"
            + "(?:ser|har|podr|costar|pasar|quedar|tendr|valdr|saldr|pagar|ganar|añadir|agregar|quitar|cabr|"
            + "alcanzar|habr|deber|comprar|aplicar|cancelar|funcionar)[ií]an?|"
            + "que se passe|et si|si je|si on|supposons|hypoth[ée]tiquement|\\p{L}*[aeiouûr]rai(?:t|ent)|"
            + "cosa succede|e se|se (?:io )?\\p{L}+o|supponiamo|ipoteticamente|\\p{L}+rebbe(?:ro)?)" + E
            + "|如果|假如|要是|假设|万一|会怎样|会怎么样|会发生什么");
    /** Polite requests are commands even though they look like questions or conditionals. */
    private static final Pattern POLITE = Pattern.compile(B + "(?:(?:can|could|would|will) you(?: please)?|(?:i )?would (?:like|love|prefer)|"
            + "can i (?:speak|talk|get|have)|could i (?:speak|talk)|may i (?:speak|talk)|"
            + "me pasas|p[aá]same|passez-moi|passe-moi|mi passi|passami|verbinden sie mich|verbinde mich|"
            + "kannst du|k[öo]nnen sie|k[öo]nntest du|k[öo]nnten sie|w[üu]rdest du|w[üu]rden sie|"
            + "kann ich (?:mit|bitte)|w[üu]rde gern\\p{L}*|"
            + "puedes|podr[ií]as?|puede usted|me podr[ií]as|puedo hablar|"
            + "peux-tu|pouvez-vous|pourriez-vous|pourrais-tu|puis-je parler|je peux parler|"
            + "puoi|potresti|pu[oò] (?:lei|aggiungere)|potrebbe|posso parlare)" + E
            + "|能不能帮我|可以帮我|能帮我|人工.{0,3}在吗");
    private static final Pattern WANTS_TO_KNOW = Pattern.compile(B + "(?:know|understand|check whether|see if|"
            + "tell me|tell us|wissen|verstehen|sag(?:en sie)? mir|saber|entender|decirme|dime|savoir|comprendre|"
            + "me dire|dites-moi|dis-moi|sapere|capire|dirmi|dimmi|mi dica)" + E + "|想知道|想了解|告诉我");
    private static final Pattern COMMAND = Pattern.compile(B + "(?:please|pls|plz|add|put|remove|delete|drop|"
            + "take (?:off|out)|take (?:[\\p{L}\\p{N}-]+ ){1,4}?(?:off|out)|make it|remvoe|reomve|remoev|throw|toss|pop|stick|apply|use|place|cancel|create|buy|sell|transfer|connect|hand (?:me|it|this)|"
            + "start (?:a|an|my|the|new)|open (?:a|an|new)|change|set (?:quantity|line|the|it)|"
            + "get me|book|go ahead|check ?out|empty|clear|update|increase|decrease|reduce|execute|refund|"
            + "issue|i want|i'd like|i would like|i wanna|i need you to|let'?s|do it|escalate|speak|talk|"
            + "bitte|f[üu]g\\p{L}*|leg(?:e|en|t)?|pack(?:e|en|t)?|entfern\\p{L}*|l[öo]sch\\p{L}*|storni(?!erung)\\p{L}*|"
            + "bestell(?!ung)\\p{L}*|kauf(?:e|en)?|verkauf(?:e|en)?|wende|wenden|erstell\\p{L}*|[äa]nder(?!ung)\\p{L}*|"
            + "setz|setze|setzen|nimm|anwenden|einl[öo]sen|hinzuf[üu]gen|rausnehmen|raus|"
            + "ich m[öo]chte|ich will|ich h[äa]tte gern\\p{L}*|sprechen|verbinde\\p{L}*|"
            + "por favor|porfa|a[ñn]ad\\p{L}*|añád\\p{L}*|agreg\\p{L}*|agrég\\p{L}*|cancél\\p{L}*|cancelá|sacá|sac[aá]\\p{L}*|"
            + "quít\\p{L}*|borrá|eliminá|poné|pon[eé]\\p{L}*|agregá|aplicá|comprá|vendé|pon|ponme|ponl[oa]s?|p[óo]nmel[oa]s?|cambia|c[áa]mbia\\p{L}+|mete|quit\\p{L}*|elimin\\p{L}*|borr\\p{L}*|"
            + "aplic(?!aci)\\p{L}*|cancel(?!aci)\\p{L}*|compra|comprar|c[óo]mprame|vend\\p{L}*|crea|crear|quiero|quisiera|"
            + "me gustar[ií]a|hablar|p[aá]same|"
            + "s'il (?:te|vous) pla[iî]t|svp|changez|modifie|modifiez|ajout\\p{L}*|mets|mettez|retir\\p{L}*|supprim\\p{L}*|appliqu\\p{L}*|"
            + "annul(?!ation)\\p{L}*|commandez|commander|cr[ée]e|cr[ée]ez|cr[ée]er|ach[eè]t\\p{L}*|je veux|je voudrais|"
            + "j'aimerais|parler|"
            + "per favore|per piacere|modifica|porta|imposta|usa (?:el|la|este|esta|mi|il|lo|questo|questa)|utiliza|aggiung\\p{L}*|metti|togli|rimuov\\p{L}*|applic\\p{L}*|annull(?!amento)\\p{L}*|"
            + "ordina|ordinare|compra|vendi|voglio|vorrei|parlare|mettimi|mettici|aggiungimi|toglimi|levami)" + E
            + "|请|帮我|给我|加入|添加|放入|加到|新建|创建|建一个|加(?=[0-9一二两三四五六七八九十]+[个件双瓶盒包台只支套份条本袋罐])|^把|帮我把|用到|用在|^用|放(?:到|进|入)?购物车|chuck|mett\\p{L}*|qu[ií]ta\\p{L}*|ap[uú]nt\\p{L}*|s[aá]c\\p{L}*|p[oó]ng\\p{L}*|用(?=优惠|折扣|券|码)|删除|删掉|去掉|移除|改成|改为|用一下|用上|放进|放到|加进|取消|应用|使用|下单|买|卖|我要|我想|转人工");
    private static final Pattern INTERROGATIVE = Pattern.compile("^(?:(?:hi|hey|hello|hallo|hola|bonjour|ciao|please|pls|"
            + "kindly|bitte|por favor|s'il vous plaît|per favore)[,!]?\\s+)?(?:is|are|does|do|did|what|what's|how|which|when|why|where|who|will|has|have|can it|"
            + "ist|sind|gibt es|was|wie|welche\\p{L}*|wann|warum|wo|hat|habe ich|"
            + "es|est[aá]|qu[eé]|c[oó]mo|cu[aá]l\\p{L}*|cu[aá]ndo|por qu[eé]|d[oó]nde|hay|tiene\\p{L}*|"
            + "est-ce|qu'est-ce|quel\\p{L}*|comment|combien|pourquoi|où|"
            + "è|qual\\p{L}*|come|quando|perch[eé]|dove|quanto|c'[eè])" + E);
    private static final Pattern CHINESE_QUESTION = Pattern.compile("吗|呢|是否|能不能|可不可以|有没有|多少|什么|怎么|哪");

    /** Reads the cues of {@code text}. */
    static Intent of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        boolean polite = POLITE.matcher(lower).find();
        boolean wantsToKnow = WANTS_TO_KNOW.matcher(lower).find();
        boolean question = wantsToKnow || !polite && (lower.contains("?") || lower.contains("¿")
                || INTERROGATIVE.matcher(lower).find() || CHINESE_QUESTION.matcher(lower).find());
        boolean hypothetical = HYPOTHETICAL.matcher(lower.replaceAll(POLITE.pattern(), " ")).find();
        boolean negated = NEGATION.matcher(lower).find() || SOFT_NEGATION.matcher(lower).find();
        boolean command = polite || COMMAND.matcher(lower).find();
        return new Intent(command, question, hypothetical, negated);
    }

    /** Whether the request may run a tool that changes something: a command, and nothing that holds it back. */
    boolean permitsWrite() {
        return command && !question && !hypothetical && !negated;
    }

    /** Why a write was held back, for the answer. */
    String holdBack() {
        if (negated) {
            return "you asked me not to (yet)";
        }
        if (hypothetical) {
            return "it reads as a hypothetical";
        }
        if (question) {
            return "it reads as a question";
        }
        return "I found no explicit instruction to do it";
    }
}
