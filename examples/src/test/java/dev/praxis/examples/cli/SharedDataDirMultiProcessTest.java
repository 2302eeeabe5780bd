package dev.praxis.examples.cli;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.examples.Main;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.SessionLease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real command line in child JVMs sharing one {@code --data-dir}. A session is held either by this JVM through
 * the store's own lease (as a {@code chat} in the middle of a turn would hold it) or by the other children.
 * Set {@code -Dpraxis.test.cliPairs=20} for the 20 pairs of concurrent asks (5 by default: each pair costs
 * two JVM starts).
 */
@SuppressWarnings("try") // the held lease is used for the scope of its try block, unreferenced inside
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class SharedDataDirMultiProcessTest {

    private static final String QUESTION = "Quote for AAPL";

    @TempDir
    Path root;

    @Test
    void readOnlyCommandsAndOtherSessionsRunWhileAnotherProcessHoldsASession() throws Exception {
        try (FileConversationStore store = FileConversationStore.open(sessions());
             SessionLease held = store.lease("busy", Duration.ZERO)) {
            List<Child> children = List.of(
                    start("agents"),
                    start("tools", "list"),
                    start("tools", "call", "loan_payment", "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}"),
                    start("ask", "--agent", "finance", "--session", "free", QUESTION),
                    start("ask", "--agent", "finance", "--session", "busy", "--session-wait", "1", QUESTION));

            assertThat(children.get(0).finish()).isZero();
            assertThat(children.get(0).out()).contains("finance", "shop", "support");
            assertThat(children.get(1).finish()).isZero();
            assertThat(children.get(1).out()).contains("loan_payment");
            assertThat(children.get(2).finish()).isZero();
            assertThat(children.get(2).out()).contains("1896.20");
            assertThat(children.get(3).finish()).isZero();
            assertThat(children.get(3).out()).contains("AAPL");
            Child busy = children.get(4);
            assertThat(busy.finish()).isEqualTo(ExitCodes.SESSION_BUSY);
            assertThat(busy.err()).contains("session 'busy' is busy", "nothing ran", "--session-wait");
            assertThat(busy.out()).isEmpty();
            assertThat(store.load("busy").messages()).isEmpty();
            assertThat(userTexts(store.load("free").messages())).containsExactly(QUESTION);
        }
    }

    @Test
    void anAskOnASessionAnotherProcessHoldsWaitsThenCompletesOnceReleased() throws Exception {
        try (FileConversationStore store = FileConversationStore.open(sessions())) {
            SessionLease held = store.lease("s-1", Duration.ZERO);
            Process ask = new ProcessBuilder(command("ask", "--agent", "finance", "--session", "s-1", QUESTION))
                    .redirectOutput(root.resolve("wait.out").toFile()).start();
            awaitLine(ask, "waiting up to 30 s for session 's-1'");
            assertThat(store.load("s-1").messages()).isEmpty();

            held.close();

            assertThat(ask.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(ask.exitValue()).isZero();
            assertThat(Files.readString(root.resolve("wait.out"))).contains("AAPL");
            assertThat(userTexts(store.load("s-1").messages())).containsExactly(QUESTION);
        }
    }

    @Test
    void pairsOfConcurrentAsksOnOneSessionKeepEveryMessage() throws Exception {
        int pairs = Integer.getInteger("praxis.test.cliPairs", 5);
        List<String> sent = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            String first = QUESTION + " (pair " + pair + ", first)";
            String second = QUESTION + " (pair " + pair + ", second)";
            Child a = start("ask", "--agent", "finance", "--session", "shared", first);
            Child b = start("ask", "--agent", "finance", "--session", "shared", second);
            assertThat(a.finish()).as("first ask of pair %d: %s", pair, a.err()).isZero();
            assertThat(b.finish()).as("second ask of pair %d: %s", pair, b.err()).isZero();
            sent.add(first);
            sent.add(second);
        }

        try (FileConversationStore store = FileConversationStore.open(sessions())) {
            List<ChatMessage> messages = store.load("shared").messages();
            assertThat(userTexts(messages)).containsExactlyInAnyOrderElementsOf(sent);
            // Each offline turn is: the question, the tool call, its result, the answer.
            assertThat(messages).hasSize(4 * sent.size());
        }
    }

    private Path sessions() {
        return root.resolve("data").resolve("sessions");
    }

    private Child start(String... args) throws Exception {
        String name = "child-" + System.nanoTime();
        Path out = root.resolve(name + ".out");
        Path err = root.resolve(name + ".err");
        Process process = new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(process, out, err);
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        // agents and tools list never touch the data directory, so they do not take --data-dir
        boolean readsDataDir = !args[0].equals("agents") && !(args[0].equals("tools") && args[1].equals("list"));
        if (readsDataDir) {
            command.add("--data-dir");
            command.add(root.resolve("data").toString());
        }
        return command;
    }

    /** Reads the child's standard error until a line contains {@code expected}: the child is then waiting. */
    private static void awaitLine(Process child, String expected) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(expected)) {
                // Keep draining in the background so the child never blocks on a full pipe.
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        fail("child ended (exit %s) without printing '%s'; its stderr:%n%s", child.waitFor(), expected, seen);
    }

    private static List<String> userTexts(List<ChatMessage> messages) {
        return messages.stream().filter(UserMessage.class::isInstance).map(m -> ((UserMessage) m).singleText()).toList();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A started command line with its output in files. */
    private record Child(Process process, Path outFile, Path errFile) {

        int finish() throws Exception {
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("child finished").isTrue();
            return process.exitValue();
        }

        String out() throws Exception {
            return Files.readString(outFile);
        }

        String err() throws Exception {
            return Files.readString(errFile);
        }
    }
}
