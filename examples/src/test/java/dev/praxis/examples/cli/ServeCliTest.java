package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code praxis serve} as the command line runs it: keys from a file or the environment, the example agents. */
class ServeCliTest {

    private static final String KEY = "k-cli-alice-0123456789";

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutKeys() {
        CliRun run = CliRun.run(dir, "", Map.of(), "serve", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no API keys").contains("PRAXIS_SERVE_KEYS");
    }

    @Test
    void refusesAKeysFileLineThatIsNotKeyAndUserWithoutShowingIt() throws Exception {
        Files.writeString(dir.resolve("keys.txt"), "# keys\n" + KEY + " alice extra\n");

        CliRun run = CliRun.run(dir, "", Map.of(), "serve", "--port", "0", "--keys", dir.resolve("keys.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("line 2: expected 'KEY USER_ID'").doesNotContain(KEY);
    }

    @Test
    void servesTheNamedAgentsToAKeyFromAFile() throws Exception {
        Files.writeString(dir.resolve("keys.txt"), KEY + " alice\n");
        CountDownLatch listening = new CountDownLatch(1);
        StringBuilder err = new StringBuilder();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()),
                new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] buffer, int offset, int length) {
                        synchronized (err) {
                            err.append(buffer, offset, length);
                            if (err.indexOf("listening on") >= 0 && err.indexOf("\n", err.indexOf("listening on")) > 0) {
                                listening.countDown();
                            }
                        }
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                }, true), false, Map.of());
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(PraxisCommand.execute(terminal, dev.praxis.examples.ExampleRuntime::open, "serve",
                "--port", "0", "--agents", "finance,shop", "--keys", dir.resolve("keys.txt").toString(),
                "--data-dir", dir.resolve("data").toString())));
        server.start();
        try {
            assertThat(listening.await(120, TimeUnit.SECONDS)).as(err::toString).isTrue();
            Matcher uri = Pattern.compile("listening on (http://\\S+) ").matcher(err);
            assertThat(uri.find()).isTrue();
            HttpResponse<String> models = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(uri.group(1) + "/v1/models")).header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString());

            JsonNode body = PraxisJson.parse(models.body());
            assertThat(body.path("data").findValuesAsText("id")).containsExactly("finance", "shop");
        } finally {
            server.interrupt();
            server.join(30_000);
        }
        assertThat(server.isAlive()).as("an interrupt stops the server").isFalse();
    }
}
