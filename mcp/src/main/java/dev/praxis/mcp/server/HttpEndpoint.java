package dev.praxis.mcp.server;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;

/** The SDK's streamable HTTP servlet on Jetty, behind {@link AccessFilter}. */
final class HttpEndpoint implements McpEndpoint {

    static final String PATH = "/mcp";

    private final Server jetty;
    private final McpSyncServer server;
    private final URI uri;

    private HttpEndpoint(Server jetty, McpSyncServer server, URI uri) {
        this.jetty = jetty;
        this.server = server;
        this.uri = uri;
    }

    static HttpEndpoint start(PraxisMcpServer praxis, HttpOptions options) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(PraxisMcpServer.JSON).mcpEndpoint(PATH).build();
        McpSyncServer server = praxis.build(transport);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(options.host());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder servlet = new ServletHolder(transport);
        // The transport answers with server-sent events from other threads: it needs asynchronous requests.
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, PATH);
        FilterHolder filter = new FilterHolder(new AccessFilter(options.token(), options.allowedOrigins()));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("could not listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return new HttpEndpoint(jetty, server, URI.create("http://" + host + ":" + connector.getLocalPort() + PATH));
    }

    @Override
    public Optional<URI> uri() {
        return Optional.of(uri);
    }

    @Override
    public void awaitStop() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        server.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server: " + e.getMessage(), e);
        }
    }
}
