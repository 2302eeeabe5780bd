package dev.praxis.serve;

import dev.praxis.agent.Agent;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebPageTest {

    private static PraxisServer server;

    @BeforeAll
    static void start() {
        Agent echo = Agent.builder().name("echo").model(ScriptedChatModel.repeating(ScriptedChatModel.answer("ok"))).build();
        server = PraxisServer.builder().agent(new ServedAgent("echo", "Says ok", echo))
                .keys(new ApiKeys(Map.of(ServeFixture.ALICE_KEY, "alice"))).options(ServeOptions.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesThePageAtTheRootWithoutAKeyUnderAStrictContentSecurityPolicy() {
        HttpResponse<String> page = Http.get(server.uri(), "/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html").contains("utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .startsWith("default-src 'self';").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/web/app.js\">").doesNotContain("<script>")
                .doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void servesTheScriptsAndStylesWithTheirContentTypes() {
        assertThat(Http.get(server.uri(), "/web/app.js", null).headers().firstValue("Content-Type")).get()
                .asString().startsWith("text/javascript").contains("utf-8");
        assertThat(Http.get(server.uri(), "/web/chart.js", null).body()).contains("export function amortizationChart");
        assertThat(Http.get(server.uri(), "/web/app.css", null).headers().firstValue("Content-Type")).get()
                .asString().startsWith("text/css").contains("utf-8");
    }

    @Test
    void refusesFilesThatAreNotThePagesOwn() {
        for (String path : new String[] {"/web/", "/web/WebPage.class", "/web/../ApiServlet.class", "/index.html",
                "/web/app.js/x"}) {
            HttpResponse<String> response = Http.get(server.uri(), path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Http.json(response).at("/error/code").asText()).as(path).isEqualTo("not_found");
        }
    }
}
