package dev.praxis.model.offline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message that asks for nothing: greetings, thanks, goodbyes, "how are you", "ok, that's all", in English, German,
 * Spanish, French, Italian and Chinese. Every word of it is small talk, so no tool is called, however close a tool's
 * examples may read ("thanks for the help" is no handoff to a human). One word that is not small talk ("thanks,
 * where is my order?") makes it a request.
 */
final class Chatter {

    private static final Set<String> WORDS = Set.copyOf(Arrays.asList((
            "hi hey hello hiya howdy yo there good morning afternoon evening night day thanks thank you thx ty so much "
            + "very lot a and dear bye goodbye see ya later cheers ok okay cool great nice awesome perfect fine got it that "
            + "that's thats all for now how are doing today is going what's whats up sup nothing else no it's "
            + "helpful appreciate appreciated have wonderful lovely lol haha wow alright everyone folks guys team "
            + "hallo servus moin guten tag morgen abend danke schön schon vielen dank sehr tschüss tschüs ciao auf "
            + "wiedersehen bis bald später alles klar gut super toll prima passt wie geht's gehts es dir ihnen euch "
            + "das wars war's war nichts mehr sonst einen schönen nett ihr zusammen noch wünsche ich "
            + "hola buenas buenos días dias tardes noches gracias muchas mil adiós adios hasta luego pronto vale "
            + "perfecto genial bien qué que tal cómo como estás estas está esta eso todo nada más mas muy amable "
            + "igualmente saludos un una feliz todos todas "
            + "bonjour bonsoir salut coucou merci beaucoup au revoir à bientôt plus tard d'accord parfait génial ça "
            + "va comment allez vous vas tu c'est tout rien d'autre très gentil bonne journée soirée et "
            + "buongiorno buonasera salve grazie mille tante arrivederci presto dopo bene perfetto ottimo stai sta qui "
            + "niente altro gentilissimo gentile buona giornata serata "
            + "just wanted to say see how this thing works checking testing test ping you're youre question griaß griaß eana grüß gott di "
            + "ahí por allá todo bien tutto ok hola tranqui oh never mind found what i needed").split(" ")));
    private static final Pattern CHINESE = Pattern.compile("你好|您好|大家好|谢谢你?|多谢|感谢|辛苦了|再见|拜拜|早上好|"
            + "晚上好|下午好|好的|没事了|没有了|就这样吧?|你好吗|在吗|哈哈+|嗯+|嗨|打个招呼|而已|只是|问候一下|好|啊|呀|了|啦|哦");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,.!?¡¿;:…~\\-—，。！？、:)(😊🙂👍🙏]+");

    private Chatter() {
    }

    /** Whether {@code text} is small talk only. */
    static boolean matches(String text) {
        // "heyyy", "holaaa": a letter drawn out is the same word
        String lower = CHINESE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replace('’', '\'')
                .replaceAll("(\\p{L})\\1{2,}", "$1");
        String[] words = SEPARATORS.split(lower.strip());
        boolean any = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!WORDS.contains(word)) {
                return false;
            }
            any = true;
        }
        return any || !text.isBlank();
    }
}
