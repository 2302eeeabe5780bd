package dev.praxis.serve;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.agent.Agent;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessAndAccessLogTest {

    private static PraxisServer server(ReadinessProbe probe) {
        Agent echo = Agent.builder().name("echo").model(ScriptedChatModel.repeating(ScriptedChatModel.answer("ok"))).build();
        return PraxisServer.builder().agent(new ServedAgent("echo", "Says ok", echo))
                .keys(new ApiKeys(Map.of(ServeFixture.ALICE_KEY, "alice"))).options(ServeOptions.loopback(0))
                .readiness(probe).start();
    }

    @Test
    void readinessAsksTheProbeOnceWithinTheCacheTimeAndSays503WhenNotReady() {
        AtomicInteger probes = new AtomicInteger();
        try (PraxisServer server = server(() -> {
            probes.incrementAndGet();
            return Optional.of("the model server did not answer");
        })) {
            HttpResponse<String> first = Http.get(server.uri(), "/readyz", null);
            HttpResponse<String> second = Http.get(server.uri(), "/readyz", null);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(Http.json(first).path("detail").asText()).isEqualTo("the model server did not answer");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(probes).hasValue(1);
            assertThat(Http.get(server.uri(), "/healthz", null).statusCode()).as("the process is up").isEqualTo(200);
        }
    }

    @Test
    void accessLogHasMethodPathStatusAndUserButNeverTheKeyOrBody() {
        Logger access = (Logger) LoggerFactory.getLogger("dev.praxis.serve.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        try (PraxisServer server = server(ReadinessProbe.alwaysReady())) {
            Http.post(server.uri(), "/v1/chat/completions", ServeFixture.ALICE_KEY,
                    Http.chat("echo", "log-1", "my card number is 4111 1111 1111 1111"));
            Http.get(server.uri(), "/v1/models", null);
        } finally {
            access.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                        "method=POST path=/v1/chat/completions status=200 ms=" + msOf(lines.list.get(0)) + " user=alice",
                        "method=GET path=/v1/models status=401 ms=" + msOf(lines.list.get(1)) + " user=-");
        assertThat(lines.list.toString()).doesNotContain(ServeFixture.ALICE_KEY).doesNotContain("4111");
    }

    private static String msOf(ILoggingEvent event) {
        return event.getArgumentArray()[3].toString();
    }
}
