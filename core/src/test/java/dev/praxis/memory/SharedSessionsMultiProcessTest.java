package dev.praxis.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.memory.store.JdbcConversationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three application instances (three JVMs running {@link SharedSessionWorker}) start at the same moment on a fresh,
 * empty PostgreSQL database and run agent turns on private sessions and on sessions all three share. Then the
 * database itself is checked: every tool run belongs to a stored turn, every stored turn's model saw exactly the
 * log before it, no instance failed to start, no turn failed. Skipped without {@code praxis.test.postgres.url}.
 *
 * <p>Size: {@code sessions x turns x shared x threads} per instance from the system property or environment
 * variable {@code PRAXIS_TEST_SHARED_SESSIONS} (default {@value #DEFAULT_SIZE}, a few seconds); the size is
 * {@code 100x20x50x8}. Turns per second per instance are printed.
 */
class SharedSessionsMultiProcessTest {

    private static final String DEFAULT_SIZE = "10x5x5x4";
    private static final int INSTANCES = 3;
    private static final Pattern FINGERPRINT = Pattern.compile("saw=(\\d+) last=(\\S+)");
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    /** Where each instance's stderr (failed turns, logs) is kept for reading after the run. */
    private final Path directory = Path.of("target", "shared-sessions");

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void threeInstancesSharingSessionsStoreEveryTurnThatRanAndNoTurnAfterOneItsModelDidNotSee() throws Exception {
        String adminUrl = System.getProperty("praxis.test.postgres.url", "");
        assumeTrue(adminUrl.startsWith("jdbc:postgresql:"), "praxis.test.postgres.url not set: PostgreSQL tests skipped");
        int[] size = size();
        Files.createDirectories(directory);
        String database = "praxis_mp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, "CREATE DATABASE " + database);
        try {
            String url = withDatabase(adminUrl, database);
            // The test's own table; the store's tables are left for the instances to create at once.
            execute(url, "CREATE TABLE tool_runs (session_id VARCHAR(255) NOT NULL, turn_id VARCHAR(255) NOT NULL,"
                    + " instance INT NOT NULL)");
            List<String> results = runInstances(url, size);
            verify(url, size, results);
        } finally {
            execute(adminUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private List<String> runInstances(String url, int[] size) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                Process process = new ProcessBuilder(javaCommand(), "-Xmx512m", "-cp",
                        System.getProperty("java.class.path"), SharedSessionWorker.class.getName(), url,
                        Integer.toString(i), Integer.toString(size[0]), Integer.toString(size[1]),
                        Integer.toString(size[2]), Integer.toString(size[3]))
                        .redirectError(directory.resolve("instance-" + i + ".err").toFile())
                        .start();
                processes.add(process);
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                outputs.add(out);
            }
            for (int i = 0; i < INSTANCES; i++) {
                assertThat(outputs.get(i).readLine()).as("instance %d started: %s", i, errors(i)).isEqualTo("ready");
            }
            // Released together: all three create the schema on the empty database at the same moment.
            for (Process process : processes) {
                Writer go = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                go.write("go\n");
                go.flush();
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                for (String line = outputs.get(i).readLine(); line != null; line = outputs.get(i).readLine()) {
                    lines.add(line);
                }
                assertThat(processes.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
                lines.add("exit " + i + " " + processes.get(i).exitValue());
            }
            return lines;
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private void verify(String url, int[] size, List<String> lines) throws Exception {
        int sessions = size[0];
        int turns = size[1];
        int shared = size[2];
        List<String> results = lines.stream().filter(line -> line.startsWith("result")).toList();

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        JdbcConversationStore store = JdbcConversationStore.create(dataSource, "praxis_");
        Map<String, Set<String>> stored = new HashMap<>();
        Map<String, String> toolResults = new HashMap<>();
        int storedTurns = 0;
        int unseen = 0;
        for (String session : store.sessions()) {
            List<ChatMessage> log = store.load(session).messages();
            Set<String> turnIds = new HashSet<>();
            String previous = "none";
            for (int p = 0; p < log.size(); p += 4) {
                String turnId = SharedSessionWorker.FingerprintModel.turnId(log.get(p));
                assertThat(turnIds.add(turnId)).as("turn %s stored once", turnId).isTrue();
                Matcher fingerprint = FINGERPRINT.matcher(((AiMessage) log.get(p + 3)).text());
                assertThat(fingerprint.matches()).isTrue();
                if (Long.parseLong(fingerprint.group(1)) != p || !fingerprint.group(2).equals(previous)) {
                    unseen++;
                }
                previous = turnId;
                toolResults.put(turnId, log.get(p + 2).toString());
                storedTurns++;
            }
            assertThat(log.size() % 4).as("whole turns in %s", session).isZero();
            assertThat(log.get(0)).isInstanceOf(UserMessage.class);
            stored.put(session, turnIds);
        }
        int toolRuns = 0;
        int ranNotStored = 0;
        Set<String> withRun = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet runs = statement.executeQuery("SELECT session_id, turn_id FROM tool_runs")) {
            while (runs.next()) {
                toolRuns++;
                withRun.add(runs.getString(2));
                if (!stored.getOrDefault(runs.getString(1), Set.of()).contains(runs.getString(2))) {
                    ranNotStored++;
                }
            }
        }
        report(size, lines, storedTurns, toolRuns, ranNotStored, unseen);
        assertThat(lines).as("start-up failures").noneMatch(line -> line.startsWith("startup-failed"));
        assertThat(lines).as("failed turns").noneMatch(line -> line.startsWith("failure"));
        assertThat(lines).as("exit codes").filteredOn(line -> line.startsWith("exit"))
                .allMatch(line -> line.endsWith(" 0"));
        assertThat(results).hasSize(INSTANCES);
        assertThat(ranNotStored).as("turns whose tools ran but that were not stored").isZero();
        assertThat(unseen).as("turns stored after turns their model did not see").isZero();
        toolResults.keySet().removeAll(withRun);
        assertThat(toolResults).as("stored turns whose tool did not run").isEmpty();
        assertThat(toolRuns).as("one tool run per turn").isEqualTo(storedTurns);
        assertThat(storedTurns).isEqualTo(INSTANCES * sessions * turns);
        assertThat(stored).hasSize(shared + INSTANCES * (sessions - shared));
    }

    private static void report(int[] size, List<String> lines, int storedTurns, int toolRuns, int ranNotStored,
            int unseen) {
        List<String> results = lines.stream().filter(line -> line.startsWith("result")).toList();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%d instances x (%d sessions x %d turns, %d shared, %d threads)%n| instance | turns | failed | seconds"
                        + " | turns/s |%n|---|---|---|---|---|%n", INSTANCES, size[0], size[1], size[2], size[3]));
        for (String result : results) {
            String[] f = result.split(" ");
            double seconds = Double.parseDouble(f[4]);
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.0f |%n", f[1], f[2], f[3], seconds,
                    Long.parseLong(f[2]) / seconds));
        }
        lines.stream().filter(line -> line.startsWith("failure") || line.startsWith("startup-failed"))
                .forEach(line -> table.append(line).append(System.lineSeparator()));
        table.append(String.format(Locale.ROOT, "stored turns %d, tool runs %d, ran but not stored %d,"
                + " stored after unseen turns %d%n", storedTurns, toolRuns, ranNotStored, unseen));
        System.out.print(table);
    }

    private static int[] size() {
        String spec = System.getProperty("PRAXIS_TEST_SHARED_SESSIONS",
                System.getenv().getOrDefault("PRAXIS_TEST_SHARED_SESSIONS", DEFAULT_SIZE));
        String[] parts = spec.split("x");
        if (parts.length != 4) {
            throw new IllegalArgumentException("PRAXIS_TEST_SHARED_SESSIONS must be sessions x turns x shared x"
                    + " threads, e.g. 100x20x50x8, got '" + spec + "'");
        }
        int[] size = new int[4];
        for (int i = 0; i < 4; i++) {
            size[i] = Integer.parseInt(parts[i].trim());
        }
        if (size[2] > size[0] || size[0] < 1 || size[1] < 1 || size[3] < 1) {
            throw new IllegalArgumentException("PRAXIS_TEST_SHARED_SESSIONS: need shared <= sessions, all >= 1 (but"
                    + " shared), got '" + spec + "'");
        }
        return size;
    }

    private String errors(int instance) throws Exception {
        Path file = directory.resolve("instance-" + instance + ".err");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cannot find the database name in " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    private static void execute(String url, String sql) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
