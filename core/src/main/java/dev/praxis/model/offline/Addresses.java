package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal address typed into a request, read into an address parameter's fields (recipient {@code name},
 * {@code line1}, {@code city}, {@code region}, {@code postal_code}, {@code country}). It reads the comma-separated
 * forms people write in English, German, Spanish and French: "Jane Doe, 12 Oak Street, Springfield, IL 62704, USA",
 * "Tom Baker, 221 Baker Street, London NW1 6XE, UK", "Anna Weber, Hauptstraße 5, 10115 Berlin",
 * "Marie Dupont, 10 Rue de Rivoli, 75001 Paris, Francia". The street line is the part with a house number and a
 * street word; the recipient is the part before it, after "to", "an", "para", "à"; the country is read from its
 * name in six languages or, when left out, from a US state code, a UK postcode or the street words ("Straße" is
 * German, "rue" French). An address missing its recipient, street, city or postcode is not read at all, so offline
 * mode asks for it rather than guessing.
 */
final class Addresses {

    /** Where an address was read, and its fields. */
    record Reading(ObjectNode fields, String streetLine, String lastPart) {
    }

    private static final String GERMAN_STREET = "(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|"
            + "chaussee)";
    private static final String FRENCH_STREET = "(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|"
            + "cours|route)";
    private static final String OTHER_STREET = "(?:street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|drive|dr\\.?|"
            + "boulevard|blvd\\.?|way|court|ct\\.?|place|pl\\.?|terrace|close|square|crescent|parkway|highway|"
            + "calle|c/|avenida|avda\\.?|plaza|paseo|camino|carretera|via|viale|piazza|corso|largo)";
    private static final Pattern GERMAN = Pattern.compile("(?iu)\\p{L}*" + GERMAN_STREET + "(?![\\p{L}])");
    private static final Pattern FRENCH = Pattern.compile("(?iu)(?<![\\p{L}])" + FRENCH_STREET + "(?![\\p{L}])");
    private static final Pattern STREET_WORD = Pattern.compile("(?iu)(?<![\\p{L}])" + OTHER_STREET + "(?![\\p{L}])");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\w-])\\d{1,5}[a-zA-Z]?(?![\\w-])");
    private static final Pattern UK_POSTCODE = Pattern.compile("(?<![\\w])([A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})(?!\\w)");
    private static final Pattern US_REGION_ZIP = Pattern.compile("(?<![\\w])([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)(?!\\w)");
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\w-])(\\d{4,5})(?![\\w-])");
    private static final Pattern CUE = Pattern.compile("(?iu)^.*(?<![\\p{L}])(?:to|for|an|für|a|para|à|pour|per|"
            + "destinatario|recipient|empfänger|destinataire|chez|bei|presso):?\\s+");
    private static final Pattern NAME = Pattern.compile("(?u)\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:de |van |von |da |di |le |la )?"
            + "\\p{Lu}[\\p{L}'.-]*){0,3}");
    /** A street line at the end of a longer part: number first ("14 Rosebank Road"), or street first ("Hauptstraße 5"). */
    private static final Pattern STREET_AT_END = Pattern.compile("(?iu)(?<![\\w-])(?:\\d{1,5}[a-z]?\\s+(?:[\\p{L}'.-]+\\s+){0,3}?"
            + "(?:" + OTHER_STREET + "|" + FRENCH_STREET + ")(?:\\s+[\\p{L}'.-]+){0,3}|[\\p{L}.-]*" + GERMAN_STREET
            + "\\s+\\d{1,5}[a-z]?)$");
    /** A capitalised name closing a part ("... our winter place: Ron Tremblay", "a mio cugino Nicola Greco"). */
    private static final Pattern TRAILING_NAME = Pattern.compile("(?u)(?:^|[\\s:])(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}'.-]*){1,2})$");
    /** A recipient named after the address with its cue. */
    private static final Pattern NAME_AFTER = Pattern.compile("(?u)^(?:(?i)for|to|attn:?|c/o|z\\.\\s?hd\\.?(?: von)?|"
            + "zu händen(?: von)?|au nom de|à l'attention de|a nombre de|a la atención de|a nome di|all'attenzione di)"
            + "\\s+(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,2})$");
    private static final Pattern CITY = Pattern.compile("(?u)\\p{Lu}[\\p{L}'.-]*(?:[\\s-]+\\p{L}[\\p{L}'.-]*){0,2}");
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("u.s.", "US"), Map.entry("u.s.a.", "US"),
            Map.entry("united states", "US"), Map.entry("vereinigte staaten", "US"), Map.entry("ee. uu.", "US"),
            Map.entry("ee.uu.", "US"), Map.entry("estados unidos", "US"), Map.entry("états-unis", "US"),
            Map.entry("stati uniti", "US"), Map.entry("美国", "US"),
            Map.entry("uk", "GB"), Map.entry("u.k.", "GB"), Map.entry("united kingdom", "GB"),
            Map.entry("great britain", "GB"), Map.entry("england", "GB"), Map.entry("gb", "GB"),
            Map.entry("großbritannien", "GB"), Map.entry("vereinigtes königreich", "GB"), Map.entry("england ", "GB"),
            Map.entry("reino unido", "GB"), Map.entry("inglaterra", "GB"), Map.entry("royaume-uni", "GB"),
            Map.entry("angleterre", "GB"), Map.entry("regno unito", "GB"), Map.entry("inghilterra", "GB"),
            Map.entry("英国", "GB"),
            Map.entry("germany", "DE"), Map.entry("deutschland", "DE"), Map.entry("alemania", "DE"),
            Map.entry("allemagne", "DE"), Map.entry("germania", "DE"), Map.entry("德国", "DE"), Map.entry("de", "DE"),
            Map.entry("france", "FR"), Map.entry("frankreich", "FR"), Map.entry("francia", "FR"),
            Map.entry("法国", "FR"), Map.entry("fr", "FR"),
            Map.entry("spain", "ES"), Map.entry("spanien", "ES"), Map.entry("españa", "ES"), Map.entry("espagne", "ES"),
            Map.entry("spagna", "ES"), Map.entry("italy", "IT"), Map.entry("italien", "IT"), Map.entry("italia", "IT"),
            Map.entry("italie", "IT"));

    private Addresses() {
    }

    /** Whether {@code schema} is an address: an object with a street line, a city and a postcode. */
    static boolean isAddress(JsonObjectSchema schema) {
        return schema.properties() != null && schema.properties().containsKey("line1")
                && schema.properties().containsKey("city") && schema.properties().containsKey("postal_code");
    }

    /** The address typed in {@code text}, if it has a recipient, a street line, a city and a postcode. */
    static Optional<Reading> read(String text) {
        // a question or exclamation ends the address ("... London NW1 6XE? She's my aunt.")
        String[] parts = text.split("\\s*(?:[,;\\n]|[?!？！。](?=\\s|$))\\s*");
        for (int i = 0; i < parts.length; i++) {
            Optional<String> line1 = streetLine(parts[i], i > 0);
            if (line1.isPresent()) {
                Optional<String> before = i > 0 && line1.get().equals(parts[i].strip())
                        ? name(parts[i - 1]) : Optional.empty();
                return rest(before, parts, i, line1.get());
            }
        }
        return Optional.empty();
    }

    /**
     * The street line of one part: the whole part where it is one ("12 Oak Street", "Hauptstraße 5"), or its end
     * after the words that lead to it ("... livré au 12 rue Lepic", "costs for cart C6 to 14 Rosebank Road").
     */
    private static Optional<String> streetLine(String part, boolean afterAnother) {
        if (!HOUSE_NUMBER.matcher(part).find()) {
            return Optional.empty();
        }
        if (afterAnother && isStreet(part)) {
            return Optional.of(part.replaceAll("[?.!。？！]+$", "").strip());
        }
        Matcher tail = STREET_AT_END.matcher(part.replaceAll("[?.!。？！]+$", "").strip());
        return tail.find() ? Optional.of(tail.group().strip()) : Optional.empty();
    }

    private static boolean isStreet(String part) {
        return HOUSE_NUMBER.matcher(part).find() && part.length() <= 60 && (GERMAN.matcher(part).find()
                || FRENCH.matcher(part).find() || STREET_WORD.matcher(part).find());
    }

    /** The recipient at the end of the part before the street ("... to our winter place: Ron Tremblay"). */
    private static Optional<String> name(String part) {
        String after = CUE.matcher(part).replaceFirst("").strip();
        Matcher name = NAME.matcher(after);
        if (name.matches()) {
            return Optional.of(name.group());
        }
        Matcher trailing = TRAILING_NAME.matcher(part.strip());
        return trailing.find() ? Optional.of(trailing.group(1)) : Optional.empty();
    }

    /** The recipient named after the address ("..., for Margaret Hill", "au nom de Léa Martin", "z. Hd. J. Petersen"). */
    private static Optional<String> nameAfter(String[] parts, int from) {
        for (int i = from; i < parts.length; i++) {
            Matcher m = NAME_AFTER.matcher(parts[i].replaceAll("[?.!。？！]+$", "").strip());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> rest(Optional<String> before, String[] parts, int street, String line1) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("line1", line1);
        String last = line1;
        int used = street;
        for (int i = street + 1; i < parts.length && !fields.has("country"); i++) {
            String part = parts[i].replaceAll("[?.!。？！]+$", "").strip();
            if (!place(part, fields)) {
                break;
            }
            last = parts[i].strip();
            used = i;
        }
        Optional<String> name = before.isPresent() ? before : nameAfter(parts, used + 1);
        if (name.isEmpty() || !fields.has("city") || !fields.has("postal_code")) {
            return Optional.empty();
        }
        fields.put("name", name.get());
        if (!fields.has("country")) {
            inferCountry(line1, fields).ifPresent(c -> fields.put("country", c));
        }
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("name", "line1", "city", "region", "postal_code", "country")) {
            if (fields.has(field)) {
                ordered.set(field, fields.get(field));
            }
        }
        return Optional.of(new Reading(ordered, line1, last));
    }

    /** Reads one part after the street line into {@code fields}; false when it is no part of an address. */
    private static boolean place(String part, ObjectNode fields) {
        // the end-of-sentence dot is gone: "EE. UU." arrives as "EE. UU"
        String key = part.toLowerCase(Locale.ROOT);
        String country = COUNTRIES.getOrDefault(key, COUNTRIES.get(key + "."));
        if (country != null && fields.has("city")) {
            fields.put("country", country);
            return true;
        }
        String rest = part;
        Matcher uk = UK_POSTCODE.matcher(rest);
        Matcher us = US_REGION_ZIP.matcher(rest);
        Matcher code = POSTCODE.matcher(rest);
        if (!fields.has("postal_code") && uk.find()) {
            fields.put("postal_code", uk.group(1));
            fields.put("country", "GB");
            rest = rest.substring(0, uk.start()) + rest.substring(uk.end());
        } else if (!fields.has("postal_code") && us.find()) {
            fields.put("region", us.group(1));
            fields.put("postal_code", us.group(2));
            rest = rest.substring(0, us.start()) + rest.substring(us.end());
        } else if (!fields.has("postal_code") && code.find()) {
            fields.put("postal_code", code.group(1));
            rest = rest.substring(0, code.start()) + rest.substring(code.end());
        }
        rest = rest.strip();
        if (rest.isEmpty()) {
            return true;
        }
        if (fields.has("city") || !CITY.matcher(rest).matches()) {
            return false;
        }
        fields.put("city", rest);
        return true;
    }

    private static Optional<String> inferCountry(String line1, ObjectNode fields) {
        if (fields.has("region")) {
            return Optional.of("US");
        }
        if (GERMAN.matcher(line1).find()) {
            return Optional.of("DE");
        }
        if (FRENCH.matcher(line1).find() && !STREET_WORD.matcher(line1).find()) {
            return Optional.of("FR");
        }
        return Optional.empty();
    }
}
