package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolSpec;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One application instance of {@link SharedSessionsMultiProcessTest}, in its own JVM. It prints {@code ready}, waits
 * for a line on stdin (so that all instances create the schema at the same moment on an empty database), then runs
 * {@code turns} turns on each of its sessions with an {@link Agent} over a {@link JdbcConversationStore}: the first
 * {@code shared} sessions are shared by every instance, the rest are its own. Each turn's model calls one tool,
 * which records in {@code tool_runs} that it ran, then answers with a fingerprint of the history it saw
 * ({@code saw=<messages before the turn> last=<id of the previous turn>}).
 *
 * <p>Arguments: JDBC URL, instance number, sessions, turns, shared sessions, threads. Prints
 * {@code startup-failed <error>} or {@code result <instance> <completed turns> <failed turns> <seconds>} and, per
 * failure kind, {@code failure <exception class> <count>}.
 */
public final class SharedSessionWorker {

    private SharedSessionWorker() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int instance = Integer.parseInt(args[1]);
        int sessions = Integer.parseInt(args[2]);
        int turns = Integer.parseInt(args[3]);
        int shared = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setURL(url);
        DataSource dataSource = new PooledDataSource(target);
        dataSource.getConnection().close(); // connect before the start line, so start-up is only the schema
        System.out.println("ready");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();

        JdbcConversationStore store;
        try {
            store = JdbcConversationStore.create(dataSource, "praxis_");
        } catch (RuntimeException e) {
            System.out.println("startup-failed " + e);
            System.exit(2);
            return;
        }
        Agent agent = Agent.builder().name("instance-" + instance)
                .model(new FingerprintModel())
                .tools(recordRun(dataSource, instance))
                .memory(StoredConversationMemory.of(store, HistoryPolicy.lastMessages(1_000_000)))
                .build();
        List<String> mine = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            mine.add(s < shared ? "shared-" + s : "private-" + instance + "-" + s);
        }
        run(agent, instance, mine, turns, threads);
    }

    private static void run(Agent agent, int instance, List<String> sessions, int turns, int threads)
            throws Exception {
        LongAdder completed = new LongAdder();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int turn = 0; turn < turns; turn++) {
                    for (int s = thread; s < sessions.size(); s += threads) {
                        String session = sessions.get(s);
                        String turnId = "i" + instance + "-" + session + "-t" + turn;
                        try {
                            RunRecord record = agent.run(session, "turn " + turnId);
                            if (!record.completed()) {
                                throw new IllegalStateException("run ended " + record.stopReason());
                            }
                            completed.increment();
                        } catch (RuntimeException e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            System.err.println(turnId + ": " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        failures.forEach((kind, count) -> System.out.println("failure " + kind + " " + count));
        System.out.println("result " + instance + " " + completed.sum() + " " + failed + " " + seconds);
        System.exit(0);
    }

    /** The tool with a side effect outside the conversation: a row saying which turn ran it. */
    private static Tool recordRun(DataSource dataSource, int instance) {
        JsonObjectSchema schema = JsonObjectSchema.builder().addStringProperty("turn").required("turn").build();
        return Tool.of(ToolSpec.of("record_run", "Records that the turn ran", schema, SideEffect.REVERSIBLE),
                (arguments, context) -> {
                    try (Connection connection = dataSource.getConnection();
                         PreparedStatement insert = connection.prepareStatement(
                                 "INSERT INTO tool_runs (session_id, turn_id, instance) VALUES (?, ?, ?)")) {
                        connection.setAutoCommit(true); // the minimal pool hands connections back as they were left
                        insert.setString(1, context.sessionId());
                        insert.setString(2, arguments.get("turn").asText());
                        insert.setInt(3, instance);
                        insert.executeUpdate();
                    } catch (java.sql.SQLException e) {
                        System.err.println("record_run failed in " + context.sessionId() + ": " + e);
                        throw e;
                    }
                    return "recorded";
                });
    }

    /**
     * Asks for {@code record_run} with the turn id of the user's message, then answers with what it saw before
     * that message: how many messages and which turn came last.
     */
    static final class FingerprintModel implements ChatModel {

        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            List<ChatMessage> messages = request.messages();
            int current = lastUserIndex(messages, messages.size());
            String turnId = turnId(messages.get(current));
            if (current == messages.size() - 1) {
                ToolExecutionRequest call = ToolExecutionRequest.builder().id("call-" + calls.incrementAndGet())
                        .name("record_run").arguments("{\"turn\":\"" + turnId + "\"}").build();
                return ChatResponse.builder().aiMessage(AiMessage.from(call)).build();
            }
            int previous = lastUserIndex(messages, current);
            long seen = messages.subList(0, current).stream().filter(m -> !(m instanceof SystemMessage)).count();
            String last = previous < 0 ? "none" : turnId(messages.get(previous));
            return ChatResponse.builder().aiMessage(AiMessage.from("saw=" + seen + " last=" + last)).build();
        }

        private static int lastUserIndex(List<ChatMessage> messages, int before) {
            for (int i = before - 1; i >= 0; i--) {
                if (messages.get(i) instanceof UserMessage) {
                    return i;
                }
            }
            return -1;
        }

        static String turnId(ChatMessage message) {
            return ((UserMessage) message).singleText().substring("turn ".length());
        }
    }
}
