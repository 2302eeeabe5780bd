package dev.praxis.model.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Requests no tool of a shop, finance or support agent serves, recognised by their topic in English, German,
 * Spanish, French, Italian and Chinese: jokes, recipes and cooking, restaurant and table bookings, the weather,
 * sports results, homework, translations, medical advice, investment advice and tax filing; and messages with no request at all (a greeting alone,
 * "I have a question"). Offline mode answers these by saying what it can do instead of calling a read-only tool
 * that merely shares a word with them ("a recipe for banana bread" is no product search).
 */
final class OutOfScope {

    private static final String B = "(?<![\\p{L}])";
    private static final Pattern TOPIC = Pattern.compile(B + "(?:jokes?|witz\\w*|chistes?|blagues?|barzellett\\w*|"
            + "recipes?|rezept(?!ion)\\w*|recetas?|recettes?|ricett\\w*|how (?:do i|to) (?:cook|bake|make (?:a |an )?"
            + "(?:cake|bread|soup|pizza|pasta))|"
            + "book (?:a |me a )?table|table for (?:\\d+|one|two|three|four|five|six|eight|ten|us|me)(?![\\p{L}])|r[eé]serv\\p{L}* (?:a |une |un |una )?(?:table|tisch|mesa|tavolo)|"
            + "tisch (?:für|reserv)\\w*|mesa para|prenot\\p{L}* (?:un |il )?tavolo|(?:un )?tavolo (?:per|in|da)|"
            + "(?:recommend|suggest|find|good|best|nice|empfiehl|recomi[eé]nda|conseill|consiglia|bonne adresse|buen sitio)"
            + "\\p{L}* .{0,30}(?:restaurants?|restaurante|pizzeria|trattoria|bistro|place to eat|pour (?:la|le|un|une) \\p{L}+ ce soir)|"
            + "weather|forecast|will it (?:snow|rain)|schneit es|va a nevar|va-t-il neiger|nevicherà|something funny|"
            + "make me laugh|weather|forecast|wetter\\w*|clima|pronóstico|météo|meteo|"
            + "who won|champions league|world cup|partido|fußballspiel|match de|partita|"
            + "calculus|"
            + "translate|übersetz\\w*|traduc\\w*|tradui\\w*|tradurre|"
            + "(?:should|shall) i (?:put|invest|move|sink|buy|sell)|is (?:it|now) a good (?:idea|time) to sell|"
            + "soll(?:te)? ich (?:\\p{L}+ ){0,4}(?:kaufen|verkaufen)|¿?deber(?:ía|ia) (?:comprar|vender)|"
            + "devrais-je (?:acheter|vendre)|dovrei (?:comprare|vendere)|"
            // holiday flats, dentists and vets, reminders, timetables, who wins, guided tours, school work
            + "ferienwohnung .{0,30}buchen|buchen .{0,30}ferienwohnung|réserver une chambre|une chambre à|dentist(?! office| practice| surgery)\\p{L}*|zahnarzt(?!praxis)\\p{L}*|"
            + "(?:large-animal |good )?vets?(?![\\p{L}])|veterinari\\p{L}*|tierarzt|remind me|erinnere mich|"
            + "recuérdame|rappelle-moi|ricordami|exam papers|horaire du (?:bateau|train|bus)|fahrplan|"
            + "horario del (?:tren|bus|barco)|orario del|who (?:will )?wins?|quién gana|qui va gagner|chi vince|"
            + "wer gewinnt|skiführung|guided tour|visita guidata|visite guidée|"
            + "shearing|discord|moss on (?:my|the) lawn|garden cent(?:re|er)|book (?:me |us )?an? (?:sparky|plumber|electrician|"
            + "tradie|chippy)|loadout|hausarbeit|reserv\\p{L}* (?:un |una |me )?hotel|hotel (?:in|en|à|a) |"
            + "tisch .{0,30}reservier\\p{L}*|compilare il 730|modello 730|"
            // doctors, rooms and tickets, campsites, garden chores, copy to write
            + "which doctor|what doctor|welche\\p{L}* arzt|qué médico|quel médecin|quale medico|"
            + "zimmer .{0,25}buchen|habitaci[oó]n (?:de hotel|para)|chambre d'hôtel|camera d'albergo|"
            + "(?:tickets|biglietti|entradas|billets|karten) (?:for|per|para|pour|für) (?:the |gli |los |le |die )?"
            + "(?:museum|uffizi|concert|show|match|louvre|prado|zoo)|"
            + "book (?:us |me )?(?:a |an )?(?:campsite|room|cabin|hotel|flight|train)|"
            + "plant(?:ar|er|are|en)? (?:los |les |i |die )?(?:tomat\\p{L}*)|qu[ée] tiempo (?:hace|hará|va a hacer)|quel temps (?:fait|fera|va-t-il)|che tempo (?:fa|farà)|"
            + "visa application|apply for a visa|visum\\p{L}*|visado|solicitud de visa|demande de visa|richiesta (?:di|del) visto|"
            + "(?:tips|advice|tipps|consejos|conseils|consigli) (?:for|on|about|zum|para|pour|per) (?:sleep\\p{L}*|schlafen|"
            + "dormir\\p{L}*)|how (?:can i|to|do i) (?:get to )?sleep|sleeping during the day|(?:where|wo|dónde|où|dove) (?:should i |to |do i |posso |devo |kann ich |puedo )?"
            + "(?:invest|investire|invertir|investir|investieren)(?![\\p{L}])|consigli\\p{L}* (?:su |per |dove )?investi\\p{L}*|"
            // assistants' chores, professionals to recommend
            + "set (?:an? |my )?(?:alarm|timer|reminder)|play (?:some |me )?(?:music|jazz|songs?|a song|the radio)|"
            + "wecker|alarma|réveil|sveglia|notar\\p{L}*|notaio|notaire|notary|"
            // travel, health remedies, places to eat
            + "train tickets?|sleeper|flights?|plane tickets?|boarding pass|hotel rooms?|book (?:a |two |me a )?(?:train|flight|hotel)|"
            + "zugticket\\p{L}*|platz im zug|flug\\p{L}*|billet d'avion|billets? de train|réserver un vol|un vol |"
            + "vuelos?|boletos? de (?:avión|tren)|pasajes?|biglietti? (?:del treno|aereo)|volo per|"
            + "remed(?:y|ies)|insomnia|can'?t sleep|schlaflos\\p{L}*|insomnio|insomnie|insonnia|"
            + "place to eat|where to eat|lugar para comer|dónde comer|où manger|dove mangiare|wo kann man essen|"
            // browsing, with nothing asked
            + "just (?:browsing|looking)(?!\\s+(?:for|at|to))|nur am (?:schauen|stöbern)|ich schaue nur|"
            + "solo (?:estoy )?mirando|sólo (?:estoy )?mirando|je regarde (?:juste|seulement)|je ne fais que regarder|"
            + "sto solo guardando|guardo solo|is (?:it|now) a good (?:idea|time) to (?:invest|buy)|"
            + "soll(?:te)? ich (?:\\p{L}+ ){0,4}(?:investieren|anlegen|stecken)|¿?deber(?:ía|ia) (?:invertir|meter|poner)|"
            + "devrais-je (?:investir|placer|mettre)|dovrei (?:investire|mettere)|"
            + "tax (?:return|filing)|file my taxes|do my taxes|steuererklärung|declaración de la renta|"
            + "déclaration d'impôts?|dichiarazione dei redditi|"
            + "headache|kopfschmerz\\w*|dolor de cabeza|mal de tête|mal di testa|what should i take|"
            // texts to write: none of the tools writes prose
            + "poems?|poetry|haikus?|sonnets?|limericks?|lyrics|song about|gedicht\\w*|poema\\w*|poesía|poésie|"
            + "po[eè]me|poesia|cover letter|essay|bewerbung\\w*|anschreiben|carta de presentación|"
            + "lettre de motivation|lettera di presentazione|"
            // the time, capitals, trivia, shows, games, devices
            + "what time is it|what's the time|time is it in|wie spät|uhrzeit|qu[ée] hora es|hora es en|"
            + "quelle heure est-il|che or[ae] (?:sono|è)|capital(?:e)? (?:of|de|di|von) (?:la |el |l')?\\p{L}+|(?:the )?capital city|hauptstadt|"
            + "what time does the|game start|spiel\\w* (?:heute|gestern)|serie a|bundesliga|la liga|premier league|"
            + "nba|nfl|super bowl|(?:tv )?series to watch|serie (?:para|zum|à|da) ver\\w*|serie de netflix|"
            + "film (?:to|zum|para)|movie|kinofilm|película|pelicula|factory settings|werkseinstellung\\w*|"
            + "reset my (?:iphone|phone|laptop|router)|"
            // cooking in every language
            + "wie backe|wie koche|come si fa (?:il|la|lo|i|le)|c[oó]mo se (?:hace|cocina|prepara)|"
            + "comment (?:faire|préparer|cuisiner) (?:un|une|le|la|des)|"
            // tax returns by their local names
            + "umsatzsteuervoranmeldung|einkommensteuererklärung|declarar (?:mis )?impuestos|declaraci[oó]n de (?:la )?renta|"
            + "déclarer (?:mes )?impôts)(?![\\p{L}])"
            + "|笑话|段子|菜谱|食谱|怎么做(?:菜|饭)?$|怎么做？|餐厅|饭店|火锅店|订.{0,4}(?:桌|位子|座位)|天气|下雪|比赛|翻译|头疼|头痛|该不该(?:买|投|把)|报税|个税|签证|睡不着|个税申报|随便看看|只是看看|该不该卖|机票|火车票|高铁票|酒店|失眠|闹钟|订.{0,12}位子|会下雨|下雨吗|开场白|文案|写一段|看什么医生|排班|排.{0,6}夜班|提醒我|请假条|写个|写一份|写封|写一首|写首|诗|作文|几点了|现在几点|首都|电视剧|电影|球赛|怎么做(?:蛋糕|面包|饭|菜)");
    /** School work: out of scope unless it states figures a tool computes with ("homework: 6 % compounded ..."). */
    private static final Pattern HOMEWORK = Pattern.compile(B + "(?:homework|hausaufgaben?|deberes|devoirs|compiti|"
            + "tarea)(?![\\p{L}])|作业");
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern EMPTY = Pattern.compile("(?iu)^(?:hi|hey|hello|hiya|good (?:morning|evening)|"
            + "hallo|guten (?:tag|morgen)|servus|moin|hola|buenas|buenos días|bonjour|salut|ciao|buongiorno|你好|您好|在吗|"
            + "i have a question|i've got a question|quick question|ich habe eine frage|tengo una pregunta|"
            + "j'ai une question|ho una domanda|我有(?:个|一个)?问题)"
            + "(?:[\\s,!.?¡¿]+(?:hi|there|hola|buenas|hallo|zusammen|tout le monde|a tutti|you|team))*[\\s,!.?。！？]*$");

    /** A booking or an appointment: out of scope only for agents that have no tool that books. */
    private static final Pattern BOOKING = Pattern.compile("(?iu)(?<![\\p{L}])(?:book (?:a |an |me a |me an )?(?:slot|"
            + "appointment|meeting|call|consultation)|(?:make|schedule|set up|arrange) (?:a |an )?(?:appointment|meeting)|"
            + "termin\\p{L}* (?:beim|bei|mit|ausmachen|vereinbaren|buchen)|einen termin|pedir (?:una )?cita|"
            + "agendar (?:una )?cita|reservar (?:una )?cita|(?:prendre|fixer) (?:un )?rendez-vous|"
            + "fissare un appuntamento|prenotare un appuntamento)(?![\\p{L}])|预约|约个时间");
    private static final Pattern BOOKS = Pattern.compile("(?i)appointment|book|schedul|reserv");

    private OutOfScope() {
    }

    /** Whether {@code text} asks to book an appointment or a slot. */
    static boolean booking(String text) {
        return BOOKING.matcher(text).find();
    }

    /** Whether {@code tool} books something (its name says so). */
    static boolean books(dev.langchain4j.agent.tool.ToolSpecification tool) {
        return BOOKS.matcher(tool.name()).find();
    }

    /** Whether {@code text} asks for something outside every tool's domain, or asks for nothing. */
    static boolean matches(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return EMPTY.matcher(lower).matches() || TOPIC.matcher(lower).find()
                || HOMEWORK.matcher(lower).find() && !FIGURE.matcher(lower).find();
    }
}
