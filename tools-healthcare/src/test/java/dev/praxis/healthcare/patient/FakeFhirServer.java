package dev.praxis.healthcare.patient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local FHIR R4 endpoint over the JDK's HTTP server, serving the synthetic bundle and speaking just the REST
 * interactions the pack uses (FHIR R4 RESTful API, https://hl7.org/fhir/R4/http.html): read
 * {@code GET [base]/[type]/[id]}, search {@code GET [base]/[type]?patient=[id]} and {@code GET [base]/Slot?status=free}
 * answered with a {@code searchset} Bundle, create {@code POST [base]/Appointment} (201 with Location), update
 * {@code PUT [base]/Slot/[id]}. Unknown resources are 404 with an OperationOutcome. Every request is recorded.
 */
final class FakeFhirServer implements AutoCloseable {

    private static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

    private final FhirContext fhir = FhirContext.forR4();
    private final Map<String, Resource> byTypeAndId = new LinkedHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private int nextId = 1;

    FakeFhirServer() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/praxis/healthcare/patient/synthetic-clinic.json")) {
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, in);
            bundle.getEntry().forEach(e -> byTypeAndId.put(key(e.getResource()), e.getResource()));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    /** Method, path and query of every request, in order, e.g. {@code GET /fhir/Condition?patient=p-001}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized Resource stored(String type, String id) {
        return byTypeAndId.get(type + "/" + id);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/fhir/".length());
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " /fhir/" + path + (query == null ? "" : "?" + decode(query)));
        String[] parts = path.split("/");
        IParser json = fhir.newJsonParser();
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                if (parts.length == 2) {
                    Resource found = byTypeAndId.get(parts[0] + "/" + parts[1]);
                    respond(exchange, found == null ? 404 : 200, found == null ? notFound(path) : found);
                } else {
                    respond(exchange, 200, search(parts[0], query == null ? "" : decode(query)));
                }
            }
            case "POST" -> {
                Resource created = (Resource) json.parseResource(exchange.getRequestBody());
                created.setId(new IdType(parts[0], "apt-" + nextId++, "1"));
                byTypeAndId.put(key(created), created);
                exchange.getResponseHeaders().add("Location", baseUrl() + "/" + key(created) + "/_history/1");
                respond(exchange, 201, created);
            }
            case "PUT" -> {
                Resource updated = (Resource) json.parseResource(exchange.getRequestBody());
                updated.setId(new IdType(parts[0], parts[1], "2"));
                byTypeAndId.put(key(updated), updated);
                respond(exchange, 200, updated);
            }
            default -> respond(exchange, 405, notFound(path));
        }
    }

    private Bundle search(String type, String query) {
        Bundle result = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Resource r : byTypeAndId.values()) {
            if (!r.fhirType().equals(type)) {
                continue;
            }
            boolean matches = query.startsWith("patient=")
                    ? fhir.newJsonParser().encodeResourceToString(r).contains("\"reference\":\"Patient/"
                            + query.substring("patient=".length()) + "\"")
                    : query.equals("status=free") && r instanceof Slot s && s.getStatus() == Slot.SlotStatus.FREE;
            if (matches) {
                result.addEntry().setResource(r).setFullUrl(baseUrl() + "/" + key(r));
            }
        }
        return result.setTotal(result.getEntry().size());
    }

    private void respond(HttpExchange exchange, int status, Resource body) throws IOException {
        byte[] bytes = fhir.newJsonParser().encodeResourceToString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", FHIR_JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static OperationOutcome notFound(String path) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.NOTFOUND).setDiagnostics("no resource " + path);
        return outcome;
    }

    private static String key(Resource r) {
        return r.fhirType() + "/" + r.getIdElement().getIdPart();
    }

    private static String decode(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
