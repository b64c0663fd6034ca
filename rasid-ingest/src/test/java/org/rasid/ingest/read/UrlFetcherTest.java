package org.rasid.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.ingest.InputKind;

class UrlFetcherTest {
    static final String PAGE = "<html><body><p>قال الوزير إن المحادثات مستمرة، وإن الاتفاق قريب.</p></body></html>";
    static HttpServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=windows-1256", PAGE.getBytes(Charset.forName("windows-1256"))));
        server.createContext("/moved", ex -> redirect(ex, "/page"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-ftp", ex -> redirect(ex, "ftp://example.com/x"));
        server.createContext("/slow", ex -> {
            sleep(6000);
            send(ex, 200, "text/plain", "late".getBytes());
        });
        server.createContext("/big", ex -> send(ex, 200, "text/plain", new byte[5000]));
        server.createContext("/gone", ex -> send(ex, 404, "text/plain", "no".getBytes()));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A generous limit, so that a loaded test machine does not time out on the quick answers. */
    UrlFetcher fetcher(boolean allowPrivate) {
        return new UrlFetcher(allowPrivate, Duration.ofSeconds(10), 1000);
    }

    @Test
    void fetchesFollowsRedirectsAndKeepsTheDeclaredCharset() {
        var payload = fetcher(true).fetch(base + "/moved");
        assertThat(payload.url()).isEqualTo(base + "/page");
        assertThat(payload.declaredCharset()).isEqualTo("windows-1256");
        assertThat(payload.kind()).isEqualTo(InputKind.HTML);
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> fetcher(false).fetch(base + "/page")).isInstanceOfSatisfying(RasidException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.URL_REFUSED);
            assertThat(e.getMessage()).contains("127.0.0.1").contains("--allow-private");
        });
    }

    @Test
    void stopsEndlessRedirectsAndRedirectsToOtherSchemes() {
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/loop")).isInstanceOfSatisfying(RasidException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.URL_FAILED);
            assertThat(e.getMessage()).contains("redirects");
        });
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/to-ftp"))
                .isInstanceOfSatisfying(RasidException.class, e -> assertThat(e.problem()).isEqualTo(Problem.URL_REFUSED));
    }

    @Test
    void timesOutOnASlowServer() {
        long t0 = System.nanoTime();
        var impatient = new UrlFetcher(true, Duration.ofSeconds(1), 1000);
        assertThatThrownBy(() -> impatient.fetch(base + "/slow")).isInstanceOfSatisfying(RasidException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.URL_FAILED);
            assertThat(e.getMessage()).contains("timed out");
        });
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5000);
    }

    @Test
    void refusesTooLargeBodiesAndHttpErrors() {
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/big"))
                .isInstanceOfSatisfying(RasidException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/gone")).isInstanceOfSatisfying(RasidException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.URL_FAILED);
            assertThat(e.getMessage()).contains("404");
        });
    }

    @Test
    void classifiesPrivateAddresses() throws IOException {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fe80::1", "fd00::1"}) {
            assertThat(AddressPolicy.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[] {"8.8.8.8", "185.199.108.153", "2606:4700::1111"}) {
            assertThat(AddressPolicy.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
