package dev.praxis.examples.cli;

import dev.praxis.examples.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page of {@code praxis serve} in headless Chromium ({@code serve/src/test/node/browser-test.mjs}, puppeteer-core
 * with Debian's {@code /usr/bin/chromium}) against two real {@code praxis serve} processes: one with the offline
 * model (a loan question and its chart, a product search, a cart), one whose model is {@link CheckoutModelServer}
 * (a checkout, the approval dialog, the order), since the offline model cannot check out. Screenshots go to
 * {@code target/screenshots} (docs/images has copies). Skipped without {@code npm ci} in serve/src/test/node or
 * without Chromium.
 */
class ServeWebPageBrowserTest {

    private static final Path NODE_DIR = Path.of("..", "serve", "src", "test", "node").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String KEY = "k-web-alice-0123456789";

    @TempDir
    Path tmp;

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/puppeteer-core")),
                "skipped: run `npm ci --no-audit --no-fund --prefix serve/src/test/node` first (.ci/run does)");
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no /usr/bin/chromium (`apt-get install -y chromium`; .ci/run does)");
    }

    @Test
    void pageStreamsTheLoanChartsItAndPlacesAnOrderAfterApprovalInTheDialog() throws Exception {
        Files.writeString(tmp.resolve("keys.txt"), KEY + " alice\n");
        Path shots = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
        try (CheckoutModelServer model = new CheckoutModelServer()) {
            Process offline = serve("offline", "finance,shop", Map.of(), "offline");
            Process checkout = serve("vllm/shopper", "shop", Map.of("PRAXIS_BASE_URL", model.baseUrl()), "checkout");
            try {
                String out = browser(listeningUrl(offline, tmp.resolve("offline.out")), shots,
                        listeningUrl(checkout, tmp.resolve("checkout.out")));

                assertThat(out).contains("ok - loan answer streamed with the payment 1264.14",
                        "ok - a tool line appeared before the answer finished: \"",
                        "ok - live tool lines: amortization_schedule ✓",
                        "ok - balance chart drawn as an SVG path of 361 points", "ok - 10 product cards",
                        "ok - the cart panel shows the line and subtotal 98.99 USD",
                        "ok - the dialog shows the total 106.17 and the address",
                        "ok - Escape closes the dialog undecided and gives focus back", "ok - Tab reaches the Approve button",
                        "ok - order placed", "ok - order card: \"Order O-1001: PLACED, total 106.17 USD\"",
                        "ok - no console errors");
                assertThat(shots.resolve("serve-order.png")).isNotEmptyFile();
            } finally {
                stop(offline);
                stop(checkout);
            }
        }
    }

    private Process serve(String model, String agents, Map<String, String> env, String name) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--agents", agents,
                "--model", model, "--keys", tmp.resolve("keys.txt").toString(), "--data-dir", tmp.resolve(name).toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(tmp.resolve(name + ".out").toFile());
        builder.environment().put("PRAXIS_CACHE_DIR", tmp.resolve("cache").toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    private String browser(String offlineUrl, Path shots, String checkoutUrl) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", NODE_DIR.resolve("browser-test.mjs").toString(), offlineUrl,
                KEY, shots.toString(), checkoutUrl).redirectErrorStream(true);
        Process node = builder.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(300, TimeUnit.SECONDS)).as("browser test finished").isTrue();
        System.out.println("node browser-test.mjs ->\n" + out);
        assertThat(node.exitValue()).as(out).isZero();
        return out;
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** Reads the server's standard error up to its "listening on URL " line, then drains the rest. */
    private static String listeningUrl(Process server, Path out) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            seen.append(line).append('\n');
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + "listening on ".length()).split(" ")[0];
            }
        }
        throw new AssertionError("praxis serve exited before listening:\n" + seen + Files.readString(out));
    }
}
