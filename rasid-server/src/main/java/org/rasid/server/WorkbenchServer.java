package org.rasid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.store.Store;

/**
 * {@code rasid serve}: the JSON API and the web page over one store, on the JDK's HTTP server. Binds to
 * loopback unless told otherwise; every answer is JSON with a proper status, requests are rate limited and
 * bodies size limited, and no CORS header is sent unless an origin is allowed.
 */
public final class WorkbenchServer implements AutoCloseable {
    /**
     * @param corsOrigin the one origin allowed to call the API from a browser, or null (same origin only)
     */
    public record Options(String host, int port, int maxBodyBytes, double requestsPerSecond, String corsOrigin, int threads) {
        public static Options defaults() {
            return new Options("127.0.0.1", 8080, 256 * 1024, 500, null, 8);
        }

        public Options withPort(int p) {
            return new Options(host, p, maxBodyBytes, requestsPerSecond, corsOrigin, threads);
        }

        public Options withHost(String h) {
            return new Options(h, port, maxBodyBytes, requestsPerSecond, corsOrigin, threads);
        }

        public Options withCors(String origin) {
            return new Options(host, port, maxBodyBytes, requestsPerSecond, origin, threads);
        }

        public Options withRate(double perSecond) {
            return new Options(host, port, maxBodyBytes, perSecond, corsOrigin, threads);
        }
    }

    private static final long DRAIN_BYTES = 8L * 1024 * 1024;
    private static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";
    private final HttpServer server;
    private final ExecutorService executor;
    private final Api api;
    private final Options options;
    private final RateLimiter limiter;

    private WorkbenchServer(HttpServer server, ExecutorService executor, Api api, Options options) {
        this.server = server;
        this.executor = executor;
        this.api = api;
        this.options = options;
        this.limiter = new RateLimiter(options.requestsPerSecond());
    }

    public static WorkbenchServer start(Store store, Pipeline pipeline, Options options) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
            ExecutorService executor = Executors.newFixedThreadPool(options.threads());
            var s = new WorkbenchServer(http, executor, new Api(store, pipeline), options);
            http.createContext("/", s::handle);
            http.setExecutor(executor);
            http.start();
            return s;
        } catch (IOException e) {
            throw new RasidException(RasidException.Problem.USAGE, options.host() + ":" + options.port(), "cannot listen: " + e.getMessage());
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                if (!limiter.tryAcquire()) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    throw new ApiError(429, "too many requests; slow down");
                }
                cors(ex);
                route(ex);
            } catch (ApiError e) {
                error(ex, e.status(), e.getMessage());
            } catch (RasidException e) {
                error(ex, e.problem() == RasidException.Problem.USAGE ? 400 : 500, e.getMessage());
            } catch (IllegalArgumentException e) {
                error(ex, 400, e.getMessage());
            } catch (RuntimeException e) {
                error(ex, 500, "internal error");
            }
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        if (method.equals("OPTIONS") && options.corsOrigin() != null) {
            ex.sendResponseHeaders(204, -1);
            return;
        }
        if (path.equals("/api/analyze")) {
            allow(method, "POST");
            send(ex, 200, api.analyze(ex.getRequestHeaders().getFirst("Content-Type"), body(ex)));
            return;
        }
        allow(method, "GET");
        var uri = ex.getRequestURI();
        if (path.equals("/health")) {
            send(ex, 200, api.health());
        } else if (path.equals("/api/search")) {
            send(ex, 200, api.search(uri));
        } else if (path.startsWith("/api/articles/")) {
            send(ex, 200, api.article(segment(path, "/api/articles/")));
        } else if (path.equals("/api/actors")) {
            send(ex, 200, api.actors(uri));
        } else if (path.startsWith("/api/actors/")) {
            send(ex, 200, api.actor(segment(path, "/api/actors/")));
        } else if (path.equals("/api/events")) {
            var params = new Params(uri, Api.eventParams());
            var rows = api.events(params);
            if ("csv".equals(params.get("format"))) {
                ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"rasid-events.csv\"");
                bytes(ex, 200, api.eventsCsv(rows), "text/csv; charset=utf-8");
            } else {
                send(ex, 200, rows);
            }
        } else if (path.equals("/api/openapi.json")) {
            try (InputStream in = WorkbenchServer.class.getResourceAsStream("/openapi.json")) {
                bytes(ex, 200, in.readAllBytes(), "application/json; charset=utf-8");
            }
        } else if (path.startsWith("/api/")) {
            throw ApiError.notFound("no such API route: " + path);
        } else {
            var file = StaticFiles.find(path);
            if (file == null) {
                throw ApiError.notFound("no such page: " + path);
            }
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            bytes(ex, 200, file.bytes(), file.contentType());
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new ApiError(405, method + " is not allowed here; use " + allowed);
        }
    }

    /** The path segment after {@code prefix}, percent-decoded; a further "/" makes it no such resource. */
    private static String segment(String path, String prefix) {
        String raw = path.substring(prefix.length());
        if (raw.isEmpty() || raw.contains("/")) {
            throw ApiError.notFound("no such resource: " + path);
        }
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private byte[] body(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        boolean tooLarge = declared != null && declared.matches("\\d{1,12}") && Long.parseLong(declared) > options.maxBodyBytes();
        byte[] body = tooLarge ? null : ex.getRequestBody().readNBytes(options.maxBodyBytes() + 1);
        if (tooLarge || body.length > options.maxBodyBytes()) {
            // read (and drop) a bounded amount so the client gets the answer instead of a reset connection
            drain(ex.getRequestBody());
            ex.getResponseHeaders().set("Connection", "close");
            throw new ApiError(413, "the body is larger than " + options.maxBodyBytes() + " bytes");
        }
        return body;
    }

    /** Reads through the stream's bounded read (its skip would read past the body) at most DRAIN_BYTES. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_BYTES;
        for (int n; left > 0 && (n = in.read(buffer)) > 0; ) {
            left -= n;
        }
    }

    private void cors(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (options.corsOrigin() != null && options.corsOrigin().equals(origin)) {
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
            ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
            ex.getResponseHeaders().set("Vary", "Origin");
        }
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, Map.of("error", Map.of("status", status, "message", message == null ? "error" : message)));
    }

    private static void send(HttpExchange ex, int status, Object json) throws IOException {
        byte[] bytes;
        try {
            bytes = DocumentJson.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        bytes(ex, status, bytes, "application/json; charset=utf-8");
    }

    private static void bytes(HttpExchange ex, int status, byte[] bytes, String contentType) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        api.close();
    }
}
