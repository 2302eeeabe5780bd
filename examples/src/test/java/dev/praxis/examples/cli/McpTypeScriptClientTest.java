package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.examples.Main;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official MCP TypeScript SDK client ({@code @modelcontextprotocol/sdk}, installed by {@code npm ci} in
 * {@code mcp/src/test/node}) against {@code praxis mcp} started as a real process, over stdio and streamable HTTP.
 */
class McpTypeScriptClientTest {

    private static final Path NODE_DIR = Path.of("..", "mcp", "src", "test", "node").toAbsolutePath().normalize();
    private static final String TOKEN = "ts-client-token-0123456789";

    @TempDir
    Path tmp;

    @BeforeAll
    static void nodeClientInstalled() {
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/@modelcontextprotocol/sdk")),
                "skipped: run `npm ci --no-audit --no-fund --prefix mcp/src/test/node` first (.ci/run does)");
    }

    private List<String> praxis(String... args) {
        return praxisWith("finance", args);
    }

    private List<String> praxisWith(String pack, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "mcp", "--pack", pack,
                "--data-dir", tmp.resolve("data").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private JsonNode node(List<String> args) throws Exception {
        return node("client.mjs", args);
    }

    private JsonNode node(String script, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", NODE_DIR.resolve(script).toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(tmp.resolve("node.err").toFile());
        builder.environment().put("PRAXIS_CACHE_DIR", tmp.resolve("cache").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node client finished").isTrue();
        System.out.println("node " + script + " " + args.get(0) + " -> " + out.strip());
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("node.err"))).isZero();
        return PraxisJson.parse(out.strip());
    }

    private static void assertSawFinancePack(JsonNode seen) {
        assertThat(seen.path("error").isMissingNode()).as(seen.path("error").asText()).isTrue();
        assertThat(seen.path("connected").asBoolean()).isTrue();
        JsonNode loanTool = tool(seen, "loan_payment");
        assertThat(loanTool.at("/annotations/readOnlyHint").asBoolean()).isTrue();
        assertThat(loanTool.at("/annotations/destructiveHint").asBoolean(true)).isFalse();
        assertThat(tool(seen, "execute_trade").at("/annotations/destructiveHint").asBoolean()).isTrue();
        // 200000 at 6.5 % over 360 months: 1264.14 (the reference value; the annuity formula).
        assertThat(seen.at("/loan/isError").asBoolean()).isFalse();
        assertThat(seen.at("/loan/structured/monthly_payment/amount").asText()).isEqualTo("1264.14");
        assertThat(seen.at("/invalid/isError").asBoolean()).isTrue();
        assertThat(seen.at("/invalid/text").asText()).contains("unknown key 'annual_rat' (did you mean 'annual_rate'?)");
    }

    private static JsonNode tool(JsonNode seen, String name) {
        for (JsonNode tool : seen.path("tools")) {
            if (tool.path("name").asText().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError(name + " not listed: " + seen.path("tools"));
    }

    @Test
    void typeScriptClientUsesFinancePackOverStdio() throws Exception {
        List<String> args = new ArrayList<>(List.of("stdio"));
        args.addAll(praxis());
        assertSawFinancePack(node(args));
    }

    @Test
    void typeScriptClientUsesFinancePackOverHttpAndIsRefusedWithoutToken() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(praxis("--transport", "http", "--port", "0", "--token", TOKEN));
        builder.environment().put("PRAXIS_CACHE_DIR", tmp.resolve("cache").toString());
        builder.redirectOutput(tmp.resolve("server.out").toFile());
        Process server = builder.start();
        try {
            String url = listeningUrl(server);
            assertSawFinancePack(node(List.of("http", url, TOKEN)));
            JsonNode refused = node(List.of("http", url));
            assertThat(refused.path("connected").asBoolean()).isFalse();
            assertThat(refused.path("code").asInt()).isEqualTo(401);
            assertThat(refused.path("error").asText()).contains("missing bearer token");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(tmp.resolve("server.out"))).as("nothing but protocol on stdout").isEmpty();
    }

    @Test
    void typeScriptClientListsAndReadsTheCatalogueResourcesOverStdio() throws Exception {
        List<String> args = new ArrayList<>(List.of("P0001"));
        args.addAll(praxisWith("ecommerce"));
        JsonNode seen = node("resources.mjs", args);

        assertThat(seen.path("error").isMissingNode()).as(seen.path("error").asText()).isTrue();
        assertThat(seen.at("/capabilities/resources").isObject()).isTrue();
        assertThat(seen.path("resources").findValuesAsText("uri")).containsExactly("praxis://catalog/products");
        assertThat(seen.path("templates").findValuesAsText("uriTemplate"))
                .containsExactlyInAnyOrder("praxis://catalog/products/{id}", "praxis://policies/{name}");
        JsonNode first = seen.at("/listing/items/0");
        assertThat(seen.at("/listing/mimeType").asText()).isEqualTo("application/json");
        assertThat(seen.at("/listing/items").size()).isGreaterThan(100);
        assertThat(first.path("id").asText()).isEqualTo("P0001");
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "title", "price", "rating", "stock");
        assertThat(first.at("/price/currency").asText()).isEqualTo("USD");
        // The catalogue's first product (tools-ecommerce catalog.json).
        assertThat(seen.at("/product/uri").asText()).isEqualTo("praxis://catalog/products/P0001");
        assertThat(seen.at("/product/json/title").asText()).isEqualTo("Strideline Aurora Trail Running Shoe");
        assertThat(seen.at("/product/json/variants/0/stock").isInt()).isTrue();
        assertThat(seen.at("/policy/mimeType").asText()).isEqualTo("text/plain");
        assertThat(seen.at("/policy/text").asText()).isNotBlank();
        assertThat(seen.at("/unknown/code").asInt()).isEqualTo(-32002);
        assertThat(seen.at("/unknown/error").asText()).contains("Resource not found: praxis://catalog/products/NO-SUCH-ID");
    }

    @Test
    void typeScriptClientGetsEachToolStepOfAnAskCallAsProgressOverStdio() throws Exception {
        List<String> args = new ArrayList<>(praxis("--agent", "finance"));
        JsonNode seen = node("progress.mjs", args);

        assertThat(seen.path("error").isMissingNode()).as(seen.path("error").asText()).isTrue();
        assertThat(seen.path("isError").asBoolean()).isFalse();
        // 300,000 at 6.5 %/12 over 360 months: 1,896.20 (as in OfflineCliTest; the offline model calls loan_payment).
        assertThat(seen.path("answer").asText()).contains("1896.20");
        // As sent by the server, on the token the SDK made for onprogress (progress.mjs says why not onprogress's).
        assertThat(seen.path("wire").findValuesAsText("message")).containsExactly("started ask_finance",
                "finance: loan_payment started", "finance: loan_payment finished", "finished ask_finance");
        assertThat(seen.path("wire").findValues("progress")).extracting(JsonNode::asInt).containsExactly(0, 1, 2, 3);
        assertThat(seen.path("progress").findValuesAsText("message"))
                .isSubsetOf(seen.path("wire").findValuesAsText("message"));
    }

    /** Reads the server's standard error up to its "listening on URL" line. */
    private static String listeningUrl(Process server) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            seen.append(line).append('\n');
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + "listening on ".length()).strip();
            }
        }
        throw new AssertionError("praxis mcp exited before listening:\n" + seen);
    }
}
