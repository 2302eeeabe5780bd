package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-ups inside a session, resolved against what the conversation already holds (the earlier tool calls and
 * their JSON results in the {@code ChatRequest}): "add the first one", "das zweite", "el más barato", "第一个" name
 * an item of the last list result (a variant's SKU when the list has SKUs, else a product id); "my cart" names the
 * last cart the session used; a short request that starts "and ..." ("and over 20 years?", "und bei 4 %?", "¿y a
 * 15 años?", "那20年呢") repeats the last call with the values it states changed.
 */
final class FollowUps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> ORDINALS = List.of(
            Pattern.compile("(?iu)the first(?: one)?|das erste|den ersten|die erste|el primero|la primera|le premier|"
                    + "la première|il primo|la prima|第一个|第一款"),
            Pattern.compile("(?iu)the second(?: one)?|das zweite|den zweiten|die zweite|el segundo|la segunda|"
                    + "le deuxième|la deuxième|le second|il secondo|la seconda|第二个|第二款"),
            Pattern.compile("(?iu)the third(?: one)?|das dritte|den dritten|die dritte|el tercero|la tercera|"
                    + "le troisième|la troisième|il terzo|la terza|第三个|第三款"));
    private static final Pattern CHEAPER = Pattern.compile("(?iu)the cheap(?:er|est)(?: one)?|das günstigere|"
            + "das billigere|den günstigeren|den billigeren|das günstigste|de[mn] günstigsten|de[mn] billigsten|el más barato|la más barata|"
            + "le moins cher|la moins chère|il più economico|la più economica|便宜的那个|最便宜的|便宜点的那个");
    private static final Pattern MY_CART = Pattern.compile("(?iu)(?:my|the|this|meinen|meinem|den|dem|mi|el|al|mon|"
            + "le|au|il|al mio|nel mio|nel)\\s+(?:cart|warenkorb|carrito|panier|carrello)(?!\\s*#?\\s*[a-z]?\\d)|购物车(?![a-zA-Z]?\\d)");
    private static final Pattern AND_THEN = Pattern.compile("(?iu)^\\s*[¿(]?\\s*(?:and|what about|how about|und|"
            + "und bei|und mit|y|y si|y con|y a|et|et avec|et sur|et à|e|e con|e se|e a)\\b|^\\s*(?:那|还有|如果是|换成)");
    private static final int SHORT = 60;

    private FollowUps() {
    }

    /** {@code text} with a reference to an earlier result or cart replaced by what it names. */
    static String resolve(String text, List<ChatMessage> history) {
        String resolved = text;
        Optional<JsonNode> list = lastList(history);
        if (list.isPresent()) {
            resolved = replace(resolved, list.get());
        }
        Matcher cart = MY_CART.matcher(resolved);
        Optional<String> lastCart = lastValue(history, "cart_id");
        if (lastCart.isPresent() && cart.find()) {
            resolved = resolved.substring(0, cart.start()) + "cart " + lastCart.get() + resolved.substring(cart.end());
        }
        return resolved;
    }

    /** The last tool call of the session, if {@code text} reads as "and ..." with a change to it. */
    static Optional<ToolExecutionRequest> repeated(String text, List<ChatMessage> history) {
        if (text.length() > SHORT || !AND_THEN.matcher(text).find()) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                return Optional.of(ai.toolExecutionRequests().get(0));
            }
        }
        return Optional.empty();
    }

    /** The earlier arguments with the changed ones put over them. */
    static ObjectNode merge(ToolExecutionRequest earlier, ObjectNode changed) {
        ObjectNode merged = parse(earlier.arguments()).filter(JsonNode::isObject).map(n -> (ObjectNode) n)
                .orElseGet(JSON::createObjectNode);
        merged.setAll(changed);
        return merged;
    }

    private static String replace(String text, JsonNode items) {
        for (int i = 0; i < ORDINALS.size(); i++) {
            Matcher m = ORDINALS.get(i).matcher(text);
            if (m.find() && i < items.size()) {
                return text.substring(0, m.start()) + idOf(items.get(i)) + text.substring(m.end());
            }
        }
        Matcher cheaper = CHEAPER.matcher(text);
        if (cheaper.find()) {
            List<JsonNode> priced = new ArrayList<>();
            items.forEach(priced::add);
            return priced.stream().filter(n -> price(n).isPresent())
                    .min(Comparator.comparing(n -> price(n).orElseThrow()))
                    .map(n -> text.substring(0, cheaper.start()) + idOf(n) + text.substring(cheaper.end()))
                    .orElse(text);
        }
        return text;
    }

    private static String idOf(JsonNode item) {
        return item.hasNonNull("sku") ? item.get("sku").asText() : item.get("product_id").asText();
    }

    private static Optional<BigDecimal> price(JsonNode item) {
        for (String name : List.of("price", "unit_price", "price_from")) {
            JsonNode p = item.path(name);
            JsonNode amount = p.isObject() ? p.path("amount") : p;
            if (amount.isNumber() || amount.isTextual() && amount.asText().matches("-?\\d+(?:\\.\\d+)?")) {
                return Optional.of(new BigDecimal(amount.asText()));
            }
        }
        return Optional.empty();
    }

    /** The items of the last tool result that holds a list of products or variants. */
    private static Optional<JsonNode> lastList(List<ChatMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof ToolExecutionResultMessage result) {
                Optional<JsonNode> list = parse(result.text()).flatMap(FollowUps::itemList);
                if (list.isPresent()) {
                    return list;
                }
            }
        }
        return Optional.empty();
    }

    /** The first array (breadth first) whose objects carry a SKU or a product id. */
    private static Optional<JsonNode> itemList(JsonNode root) {
        List<JsonNode> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            JsonNode node = queue.remove(0);
            if (node.isArray() && !node.isEmpty() && (node.get(0).has("sku") || node.get(0).has("product_id"))) {
                return Optional.of(node);
            }
            node.forEach(queue::add);
        }
        return Optional.empty();
    }

    /** The last value of a field in the session's tool calls and results ("cart_id": "C1"). */
    private static Optional<String> lastValue(List<ChatMessage> history, String field) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ChatMessage message = history.get(i);
            List<String> texts = new ArrayList<>();
            if (message instanceof ToolExecutionResultMessage result) {
                texts.add(result.text());
            } else if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                ai.toolExecutionRequests().forEach(r -> texts.add(r.arguments()));
            }
            for (String t : texts) {
                Optional<String> found = parse(t).map(n -> n.findValue(field)).filter(JsonNode::isTextual)
                        .map(JsonNode::asText);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
