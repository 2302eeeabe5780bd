package dev.praxis.serve;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Praxis agents behind an OpenAI-compatible HTTP API; see {@code docs/serve.md} for the routes and wire format.
 *
 * <pre>{@code
 * try (PraxisServer server = PraxisServer.builder()
 *         .agent(new ServedAgent("finance", "Loans and budgets", financeAgent))
 *         .keys(ApiKeys.parse(System.getenv("PRAXIS_SERVE_KEYS")))
 *         .options(ServeOptions.loopback(8080))
 *         .start()) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * Closing stops the listener and waits briefly for running turns; the agents are the caller's to close.
 */
public final class PraxisServer implements AutoCloseable {

    private final Server jetty;
    private final ExecutorService runs;
    private final URI uri;

    private PraxisServer(Server jetty, ExecutorService runs, URI uri) {
        this.jetty = jetty;
        this.runs = runs;
        this.uri = uri;
    }

    /**
     * A builder; agents and keys are required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server's root, e.g. {@code http://127.0.0.1:8080}; OpenAI clients take {@code uri() + "/v1"} as base URL.
     *
     * @return the root URI with the port actually bound
     */
    public URI uri() {
        return uri;
    }

    /**
     * Blocks until the server is closed (from another thread or a shutdown hook).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        jetty.join();
    }

    /** Stops listening, then lets running turns finish for up to 10 s. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server: " + e.getMessage(), e);
        } finally {
            runs.shutdown();
            try {
                runs.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Collects the agents, keys and options, then starts the server. */
    public static final class Builder {

        private final List<ServedAgent> agents = new ArrayList<>();
        private @Nullable ApiKeys keys;
        private ServeOptions options = ServeOptions.loopback(8080);
        private ReadinessProbe readiness = ReadinessProbe.alwaysReady();
        private ToolActivity tools = new ToolActivity();

        private Builder() {
        }

        /**
         * Serves an agent under its name.
         *
         * @param agent the agent and the name clients use
         * @return this builder
         */
        public Builder agent(ServedAgent agent) {
            agents.add(Objects.requireNonNull(agent, "agent"));
            return this;
        }

        /**
         * The API keys and the users they act for.
         *
         * @param apiKeys the keys
         * @return this builder
         */
        public Builder keys(ApiKeys apiKeys) {
            this.keys = Objects.requireNonNull(apiKeys, "keys");
            return this;
        }

        /**
         * Where to listen and what to accept; default {@link ServeOptions#loopback(int) loopback(8080)}.
         *
         * @param serveOptions the options
         * @return this builder
         */
        public Builder options(ServeOptions serveOptions) {
            this.options = Objects.requireNonNull(serveOptions, "options");
            return this;
        }

        /**
         * How {@code GET /readyz} checks the model; default always ready.
         *
         * @param probe the probe
         * @return this builder
         */
        public Builder readiness(ReadinessProbe probe) {
            this.readiness = Objects.requireNonNull(probe, "readiness");
            return this;
        }

        /**
         * The listener the served agents were built with, so streamed turns show each tool start and finish as it
         * happens; default none (a fresh registry no agent reports to: streams carry no tool chunks).
         *
         * @param activity the listener added to the served agents
         * @return this builder
         */
        public Builder toolActivity(ToolActivity activity) {
            this.tools = Objects.requireNonNull(activity, "toolActivity");
            return this;
        }

        /**
         * Starts listening.
         *
         * @return the running server
         * @throws IllegalStateException without agents or keys, with two agents of one name, or when the address
         *                               cannot be bound
         */
        public PraxisServer start() {
            if (agents.isEmpty() || keys == null) {
                throw new IllegalStateException("a server needs at least one agent and the API keys");
            }
            Map<String, ServedAgent> byName = new LinkedHashMap<>();
            for (ServedAgent agent : agents) {
                if (byName.putIfAbsent(agent.name(), agent) != null) {
                    throw new IllegalStateException("two agents named '" + agent.name() + "'");
                }
            }
            return listen(Map.copyOf(byName), keys);
        }

        private PraxisServer listen(Map<String, ServedAgent> byName, ApiKeys apiKeys) {
            ExecutorService runs = Executors.newCachedThreadPool(new RunThreads());
            // Request threads block in a turn or a stream: allow one per running turn plus headroom for quick calls.
            QueuedThreadPool threads = new QueuedThreadPool(options.maxConcurrentRuns() + 64, 8);
            threads.setName("praxis-serve-http");
            Server jetty = new Server(threads);
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost(options.host());
            connector.setPort(options.port());
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            Guard guard = new Guard(apiKeys, new TokenBucket(options.rateLimit(), System::nanoTime), options.allowedOrigins());
            Readiness ready = new Readiness(readiness, options.readinessTtl(), System::nanoTime);
            context.addServlet(new ServletHolder(new ApiServlet(ordered(byName), guard, ready, runs, options, tools)), "/*");
            jetty.setHandler(context);
            try {
                jetty.start();
            } catch (Exception e) {
                runs.shutdown();
                throw new IllegalStateException("could not listen on " + options.host() + ":" + options.port() + ": "
                        + e.getMessage(), e);
            }
            String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
            return new PraxisServer(jetty, runs, URI.create("http://" + host + ":" + connector.getLocalPort()));
        }

        private Map<String, ServedAgent> ordered(Map<String, ServedAgent> byName) {
            Map<String, ServedAgent> ordered = new LinkedHashMap<>();
            agents.forEach(agent -> ordered.put(agent.name(), byName.get(agent.name())));
            return java.util.Collections.unmodifiableMap(ordered);
        }
    }

    /** Daemon threads named for thread dumps. */
    private static final class RunThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "praxis-serve-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
