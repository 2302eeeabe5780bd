package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of records typed out in a request: dated amounts ("-10,000 on 2024-01-15, +2,500 on 2024-06-30"),
 * statement lines ("2025-03-01 Whole Foods -84.20; 15.01.2025 REWE -54,20 €") and holdings ("25 AAPL, 10 MSFT",
 * "AAPL 50 sh (cost $8,200)", "30 acciones de Apple", "100股苹果"). Works on the request with its figures in plain
 * form ({@link LocaleNumbers}).
 */
final class TypedRows {

    private static final Pattern AMOUNT = Pattern.compile("([+-]|−)?\\s*([$€£]|eur|usd)?\\s*(\\d+(?:\\.\\d+)?)"
            + "(?:\\s*(k|m)(?![\\p{L}]))?");
    /** "-10,000 on 2024-01-15", "$5,000 into a fund on 3/1/2022": an amount, up to four words, then the date. */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("([+-]?)\\s*[$€£]?\\s*(\\d+(?:\\.\\d+)?)\\s*"
            + "(?:[$€£]|euros|dollars)?(?:\\s+[\\p{L}']+){0,4}?\\s*(?:on|am|el|le|il|au|:)?\\s*$");
    private static final Pattern QUOTED = Pattern.compile("^\\s*['\"‘“]([^'\"’”]+)['\"’”]");
    /** "25 AAPL", "10 acciones de Apple", "5 aciones de amazon" (one other word, a slip of "shares", may stand between). */
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:x\\s*)?(?:shares? of|shares?|"
            + "sh|stück|aktien|acciones de|acciones|de|of|di|actions|azioni|股|(?!(?:for|für|por|pour|per|at|a|à|zu|of|to)\\s)"
            + "\\p{L}{3,}\\s+(?:de|of|di|von|d')?)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY_AFTER = Pattern.compile("^\\s*:?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:sh\\b|shares?\\b|"
            + "stück|股)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COST = Pattern.compile("^[^,;]*?\\b(?:cost|paid|bought for|kosten|coste|coût|costo)"
            + "\\s*(?:basis)?\\s*(?:of)?\\s*[$€£]?\\s*(\\d+(?:\\.\\d+)?)", Pattern.CASE_INSENSITIVE);

    /** Statement lines that are money received even without a "+": pay, salary, refunds. */
    private static final Pattern INCOME = Pattern.compile("(?iu)payroll|paycheck|salary|wage|refund|deposit|"
            + "gehalt|lohn|erstattung|nómina|nomina|sueldo|salaire|stipendio|工资|薪水|退款");

    private TypedRows() {
    }

    /**
     * One object per full date: its amount (written right after the date and its description, or right before
     * the date as in "-10,000 on 2024-01-15"), the words in between as description when the record has one, and
     * a non-USD currency per row when it has that field. Unsigned amounts are negative when the field is money
     * spent.
     */
    static ArrayNode dated(String text, List<String> fields, boolean unsignedIsSpent) {
        List<WrittenDates.Found> dates = WrittenDates.find(text);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        boolean amountFirst = !dates.isEmpty() && !fields.contains("description")
                && AMOUNT_BEFORE.matcher(text.substring(0, dates.get(0).start())).find();
        int previousEnd = 0;
        boolean explicit = false;
        for (int i = 0; i < dates.size(); i++) {
            WrittenDates.Found date = dates.get(i);
            int next = i + 1 < dates.size() ? dates.get(i + 1).start() : text.length();
            Matcher before = AMOUNT_BEFORE.matcher(text.substring(previousEnd, date.start()));
            ObjectNode row = rows.addObject();
            row.put("date", date.iso());
            if (amountFirst && before.find()) {
                String sign = before.group(1) == null || before.group(1).isEmpty()
                        ? cuedSign(text.substring(previousEnd, date.start()).substring(0, before.start()))
                        : before.group(1);
                row.put("amount", signed(sign, new BigDecimal(before.group(2)), unsignedIsSpent));
                explicit |= !before.group(1).isEmpty();
            } else if (amountFirst || !readLine(text.substring(date.end(), next), row, fields, unsignedIsSpent)) {
                return JsonNodeFactory.instance.arrayNode();
            }
            previousEnd = date.end();
        }
        if (amountFirst && !explicit && rows.size() >= 2) {
            // a list of flows starts with the outlay: with no sign written and none cued, the first is paid out
            boolean anyNegative = false;
            for (com.fasterxml.jackson.databind.JsonNode r : rows) {
                anyNegative |= r.path("amount").decimalValue().signum() < 0;
            }
            if (!anyNegative) {
                ((ObjectNode) rows.get(0)).put("amount", rows.get(0).path("amount").decimalValue().negate());
            }
        }
        return rows.size() >= 2 ? rows : JsonNodeFactory.instance.arrayNode();
    }

    /** "-" for money put in ("put in 2,000 on ..."), "+" for money taken out ("cashed out 7,900 on ..."), else "". */
    private static String cuedSign(String before) {
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        int out = lastCue(lower, OUTFLOW);
        int in = lastCue(lower, INFLOW);
        return out < 0 && in < 0 ? "" : out > in ? "-" : "+";
    }

    private static int lastCue(String text, Pattern cue) {
        Matcher m = cue.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static final Pattern OUTFLOW = Pattern.compile("(?<![\\p{L}])(?:payment out|paid out|pay out|outflow|outlay|put|invest\\p{L}*|bought|paid|deposit\\p{L}*|"
            + "added|contribut\\p{L}*|eingezahlt|einzahl\\p{L}*|investiert|gekauft|kauf|invert\\p{L}*|invertí|puse|"
            + "compr\\p{L}*|deposit[eé]|aport\\p{L}*|investi|placé|versé|achet\\p{L}*|investit\\p{L}*|versat\\p{L}*|"
            + "comprat\\p{L}*)(?![\\p{L}])|投入|投了|买入|存入");
    private static final Pattern INFLOW = Pattern.compile("(?<![\\p{L}])(?:took out|taken out|cashed out|cash out|"
            + "got back|received|receipt|inflow|income|sold|withdrew|withdrawn|redeemed|ausgezahlt|verkauft|abgehoben|zurück|retir\\p{L}*|"
            + "vend\\p{L}*|recib\\p{L}*|cobr\\p{L}*|récupéré|vendu|reçu|retiré|ritirat\\p{L}*|vendut\\p{L}*|"
            + "incassat\\p{L}*|ricevut\\p{L}*)(?![\\p{L}])|取出|卖出|收回|拿回|赎回");

    /** "Whole Foods -84.20", "'CHEVRON 0042' -51.00", "爱奇艺会员 -25 yuan": description, then the amount. */
    private static boolean readLine(String after, ObjectNode row, List<String> fields, boolean unsignedIsSpent) {
        String line = after.split("[;,](?!\\d)|\\.(?=\\s|$)", 2)[0];
        Matcher quoted = QUOTED.matcher(line);
        int from = quoted.find() ? quoted.end() : 0;
        Matcher amount = AMOUNT.matcher(line);
        int lastStart = -1;
        while (amount.find(lastStart < 0 ? from : amount.end())) {
            lastStart = amount.start();
            boolean income = INCOME.matcher(line.substring(0, amount.start())).find();
            row.put("amount", signed(amount.group(1), Mentions.parse(amount.group(3), amount.group(4)),
                    unsignedIsSpent && !income));
            if (amount.end() >= line.length()) {
                break;
            }
        }
        if (lastStart < 0) {
            return false;
        }
        if (fields.contains("description")) {
            String description = quoted.reset().find() ? quoted.group(1) : line.substring(0, lastStart);
            row.put("description", description.strip());
            String tail = line.substring(lastStart).toLowerCase(java.util.Locale.ROOT);
            if (fields.contains("currency")) {
                String currency = tail.contains("€") || tail.contains("eur") ? "EUR" : tail.contains("yuan") ? "CNY"
                        : tail.contains("£") ? "GBP" : null;
                if (currency != null) {
                    row.put("currency", currency);
                }
            }
            ObjectNode ordered = JsonNodeFactory.instance.objectNode();
            ordered.set("date", row.get("date"));
            ordered.set("description", row.get("description"));
            ordered.set("amount", row.get("amount"));
            if (row.has("currency")) {
                ordered.set("currency", row.get("currency"));
            }
            row.removeAll();
            row.setAll(ordered);
        }
        return true;
    }

    private static BigDecimal signed(String sign, BigDecimal value, boolean unsignedIsSpent) {
        boolean minus = "-".equals(sign) || "−".equals(sign);
        boolean plus = "+".equals(sign);
        return minus || !plus && unsignedIsSpent ? value.negate() : value;
    }

    /** One holding per ticker with a quantity next to it; the cost basis when "(cost $8,200)" follows. */
    static ArrayNode holdings(String text, List<String> fields) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        int previousEnd = 0;
        List<TextValues.Ticker> tickers = TextValues.tickersIn(text);
        for (int i = 0; i < tickers.size(); i++) {
            TextValues.Ticker t = tickers.get(i);
            int next = i + 1 < tickers.size() ? tickers.get(i + 1).start() : text.length();
            String before = text.substring(previousEnd, t.start());
            String after = text.substring(t.end(), next);
            Matcher q = QUANTITY_AFTER.matcher(after);
            Matcher b = QUANTITY_BEFORE.matcher(before);
            BigDecimal quantity = q.find() ? new BigDecimal(q.group(1)) : b.find() ? new BigDecimal(b.group(1)) : null;
            if (quantity == null) {
                continue;
            }
            ObjectNode row = rows.addObject();
            row.put("symbol", t.symbol());
            row.put("quantity", quantity);
            Matcher cost = COST.matcher(after);
            if (fields.contains("cost_basis") && cost.find()) {
                row.put("cost_basis", new BigDecimal(cost.group(1)));
            }
            previousEnd = t.end();
        }
        // one figure next to one name is a trade or a question about it, not a typed-out list of holdings
        return rows.size() >= 2 ? rows : JsonNodeFactory.instance.arrayNode();
    }
}
