package dev.praxis.ecommerce;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop's tools refuse misnamed and oversized arguments instead of running on defaults. */
class ArgumentLimitsTest {

    private final Shop shop = new Shop();

    @Test
    void rejectsAMisnamedCartLineKeyWithDidYouMean() {
        ToolBox box = ToolBox.of(shop.pack.tools());
        Tool addToCart = box.find("add_to_cart").orElseThrow();
        String allowed = String.join(", ", addToCart.spec().parameters().properties().keySet());

        String error = box.call("add_to_cart", "{\"cart_id\": \"c1\", \"sku\": \"X\", \"qty\": 2}",
                ToolContext.standalone()).error();

        assertThat(error).contains("unknown key 'qty' (did you mean 'quantity'?); allowed keys: " + allowed);
    }

    @Test
    void refusesAComparisonOfMoreThanFiveProducts() {
        String error = ToolBox.of(shop.pack.tools()).call("compare_products",
                "{\"product_ids\": [\"P1\", \"P2\", \"P3\", \"P4\", \"P5\", \"P6\"]}", ToolContext.standalone()).error();

        assertThat(error).contains("product_ids: at most 5 items allowed");
    }

    @Test
    void everyListParameterDeclaresItsMaxItems() {
        List<String> undeclared = new ArrayList<>();
        for (Tool tool : shop.pack.tools()) {
            arrays(tool.spec().parameters(), "", tool, undeclared);
        }
        assertThat(undeclared).isEmpty();
    }

    private static void arrays(JsonSchemaElement schema, String path, Tool tool, List<String> undeclared) {
        if (schema instanceof JsonObjectSchema object) {
            object.properties().forEach((name, child) ->
                    arrays(child, path.isEmpty() ? name : path + "." + name, tool, undeclared));
        } else if (schema instanceof JsonArraySchema array) {
            if (!tool.spec().sizeLimits().containsKey(path)) {
                undeclared.add(tool.name() + " " + path);
            }
            arrays(array.items(), path + "[]", tool, undeclared);
        }
    }
}
