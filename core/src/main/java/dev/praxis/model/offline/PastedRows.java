package dev.praxis.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rows pasted from a spreadsheet or a bank export, their cells separated by semicolons, tabs or bars, rewritten as the
 * running text the other readers understand: "2024-01-15;-10000" becomes "2024-01-15 -10000;", a holdings table with
 * a header ("symbol, qty, cost") becomes "40 AAPL cost 6200,", an address row becomes "name, street, city, ...".
 * Lines that are not such rows are kept as they are.
 */
final class PastedRows {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;\\t|]\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private PastedRows() {
    }

    /** {@code text} with its pasted rows rewritten; unchanged without two or more rows. */
    static String rewrite(String text) {
        String[] lines = text.split("\\R");
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (SEPARATOR.split(lines[i].strip()).length >= 2) {
                rows.add(i);
            }
        }
        if (rows.size() < 2) {
            return text;
        }
        List<String> header = List.of();
        int first = rows.get(0);
        if (!DIGIT.matcher(lines[first]).find()) {
            header = List.of(SEPARATOR.split(lines[first].strip().toLowerCase(Locale.ROOT)));
            lines[first] = "";
        }
        for (int i : rows) {
            if (!lines[i].isEmpty()) {
                lines[i] = row(List.of(SEPARATOR.split(lines[i].strip())), header);
            }
        }
        return String.join("\n", lines);
    }

    private static String row(List<String> cells, List<String> header) {
        int symbol = column(header, "symbol", "ticker", "stock", "aktie", "símbolo", "titre", "titolo", "代码");
        int quantity = column(header, "qty", "quantity", "shares", "units", "anzahl", "stück", "cantidad", "quantité",
                "quantità", "数量");
        if (symbol >= 0 && quantity >= 0 && symbol < cells.size() && quantity < cells.size()) {
            int cost = column(header, "cost", "cost basis", "paid", "kosten", "einstand", "coste", "coût", "costo", "成本");
            String costText = cost >= 0 && cost < cells.size() ? " cost " + cells.get(cost) : "";
            return cells.get(quantity) + " " + cells.get(symbol) + costText + ",";
        }
        int zip = column(header, "zip", "postcode", "postal code", "plz", "cp", "código postal", "code postal", "cap");
        if (column(header, "street", "address", "straße", "strasse", "calle", "rue", "via", "地址") >= 0 || zip >= 0) {
            // an address is written the way it is posted: the region and the postcode share a line ("IL 62704")
            List<String> parts = new ArrayList<>(cells);
            int state = column(header, "state", "region", "province", "provinz", "estado", "provincia", "état");
            if (state >= 0 && zip == state + 1 && zip < parts.size()) {
                parts.set(state, parts.get(state) + " " + parts.get(zip));
                parts.remove(zip);
            }
            return String.join(", ", parts);
        }
        // a statement or cash-flow line: date, description, amount read left to right, one line a record
        return String.join(" ", cells) + ";";
    }

    private static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            for (String name : names) {
                if (header.get(i).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
