package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnumSpellingTest {

    enum Side { BUY, SELL }

    enum Mode { KEYWORD, SEMANTIC, HYBRID }

    record Leg(@Param("Direction") Side side) {
    }

    record Plan(@Param("Legs") List<Leg> legs, @Param(value = "Mode", required = false) Mode mode) {
    }

    static final class Desk {
        volatile Object[] lastCall;

        @ToolFunction(name = "trade", description = "Places a trade")
        public String trade(@Param("BUY or SELL; any letter case") Side side,
                            @Param(value = "Modes", required = false) List<Mode> modes, @Param("Plan") Plan plan) {
            lastCall = new Object[]{side, modes, plan};
            return "ok";
        }
    }

    private final Desk desk = new Desk();
    private final ToolBox box = ToolBox.of(Tools.from(desk));

    @Test
    void enumValueMatchesCaseInsensitively() {
        ToolResult result = box.call("trade", "{\"side\": \"buy\", \"modes\": [\"Hybrid\", \"keyword\"],"
                + " \"plan\": {\"legs\": [{\"side\": \"sElL\"}], \"mode\": \"semantic\"}}", ToolContext.standalone());

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(desk.lastCall[0]).isEqualTo(Side.BUY);
        assertThat(desk.lastCall[1]).isEqualTo(List.of(Mode.HYBRID, Mode.KEYWORD));
        assertThat(desk.lastCall[2]).isEqualTo(new Plan(List.of(new Leg(Side.SELL)), Mode.SEMANTIC));
    }

    @Test
    void toolSeesTheDeclaredSpellingAndTheCallersTreeStaysAsSent() {
        JsonNode sent = PraxisJson.parse("{\"side\": \"buy\", \"plan\": {\"legs\": [{\"side\": \"SELL\"}]}}");
        ToolBox.Checked checked = box.check(box.tools().get(0), sent);

        assertThat(checked).isInstanceOf(ToolBox.Valid.class);
        assertThat(((ToolBox.Valid) checked).arguments().get("side").asText()).isEqualTo("BUY");
        assertThat(sent.get("side").asText()).isEqualTo("buy");
    }

    @Test
    void valueThatIsNoEnumNameInAnyCaseIsStillRefused() {
        ToolResult result = box.call("trade", "{\"side\": \"hold\", \"plan\": {\"legs\": []}}", ToolContext.standalone());

        assertThat(result.error()).contains("side: expected one of [BUY, SELL], got string \"hold\"");
        assertThat(desk.lastCall).isNull();
    }

    @Test
    void typedOutputReadsEnumValuesInAnyCase() {
        TypeSchema schema = Tools.schemaOf(Leg.class);
        JsonNode reply = PraxisJson.parse("{\"side\": \"Sell\"}");

        assertThat(schema.validate(reply)).isEmpty();
        assertThat(PraxisJson.mapper().convertValue(schema.canonical(reply), Leg.class)).isEqualTo(new Leg(Side.SELL));
    }
}
