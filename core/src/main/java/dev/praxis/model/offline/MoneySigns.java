package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sign of an amount under the spreadsheet convention of FV/PV ("negative when paid out"): a deposit or an
 * investment at the start is paid out (negative) and so is a payment one makes or can afford; a payment one
 * receives (a prize, a pension, an annuity that pays) is positive, and so is the amount at the end, which is what
 * the saver gets. Cues in every supported language; parameters without the convention keep the written sign.
 */
final class MoneySigns {

    private static final Pattern RECEIVING = Pattern.compile("(?iu)(?<![\\p{L}])(?:receiv\\w*|pays me|paying me|"
            + "pays out|will pay (?:me|us|my|our)|pays (?:me|us|my|our)|won|win|prize|pension|annuity that pays|income|receipts|inflows|einnahmen|ingresos|renta|rendita|revenus|entrate|bekomme\\w*|erhalte\\w*|rente|recib\\w*|"
            + "cobr\\w*|reçoi\\w*|recevoir|recevrai|perçoi\\w*|ricev\\w*|incass\\w*|paid to me|pay me|"
            + "(?:i|we)(?: will| would|'ll|'d)? (?:get|be paid|am paid|are paid)(?= [^.?!]{0,24}(?:paid|every|each|per|"
            + "a month|a year|monthly|yearly|annually))|ausgezahlt|auszahlung|zahlt mir|me pagan|me paga|me abonan|"
            + "je touche|touchera\\w*|on me verse|me verse\\w*|mi pagano|mi versano)(?![\\p{L}])|收到|领取|收入|得到|"
            + "发给我|给我发");
    private static final Pattern BORROWING = Pattern.compile("(?iu)(?<![\\p{L}])(?:borrow\\w*|owe|lend me|"
            + "leihe|prestado|emprunt\\w*|prestito)(?![\\p{L}])|借了|借入");

    private MoneySigns() {
    }

    static BigDecimal signed(String name, BigDecimal value, String description, String text) {
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (!d.contains("negative when paid out")) {
            return value;
        }
        BigDecimal paidOut = value.abs().negate();
        return switch (name) {
            case "future_value" -> value.abs();
            case "payment" -> RECEIVING.matcher(text).find() ? value.abs() : paidOut;
            case "present_value" -> BORROWING.matcher(text).find() ? value.abs() : paidOut;
            default -> value;
        };
    }
}
