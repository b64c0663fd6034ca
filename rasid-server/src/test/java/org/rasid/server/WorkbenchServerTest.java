package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.DocumentJson;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.store.Store;

class WorkbenchServerTest {
    @TempDir
    static Path dir;
    static Store store;
    static WorkbenchServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = FixtureStore.build(dir);
        server = WorkbenchServer.start(store, Pipeline.ordered(List.of()), WorkbenchServer.Options.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return DocumentJson.MAPPER.readTree(r.body());
    }

    @Test
    void searchesWithFacetsAndFilters() throws Exception {
        var r = get("/api/search?q=" + enc("والحوثيين"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("total").asInt()).isEqualTo(2);
        assertThat(json(r).path("facets").path("type").toString()).contains("attack", "airstrike");
        var filtered = json(get("/api/search?q=" + enc("الحوثيين") + "&type=airstrike"));
        assertThat(filtered.path("hits").get(0).path("url").asText()).isEqualTo("https://example.org/sanaa");
        assertThat(json(get("/api/search?actor=" + FixtureStore.HADI)).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void servesArticlesActorsAndEvents() throws Exception {
        String id = json(get("/api/search?q=" + enc("عدن"))).path("hits").get(0).path("id").asText();
        var article = json(get("/api/articles/" + id));
        assertThat(article.path("quotes").get(0).path("speaker").asText()).isEqualTo(FixtureStore.COALITION);
        var actor = json(get("/api/actors/" + FixtureStore.HOUTHI));
        assertThat(actor.path("aliases").toString()).contains("أنصار الله");
        assertThat(actor.path("events")).hasSize(2);
        assertThat(actor.path("cooccurring").toString()).contains(FixtureStore.COALITION);
        assertThat(json(get("/api/actors?q=" + enc("أنصار"))).get(0).path("id").asText()).isEqualTo(FixtureStore.HOUTHI);
        var events = json(get("/api/events?place=" + enc("صنعاء") + "&from=2015-08-01&to=2015-08-31"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("killed_max").asInt()).isEqualTo(5);
        assertThat(get("/api/events?format=csv").body()).startsWith("date,type,cameo,actor1");
    }

    @Test
    void answersBadRequestsWithJsonErrorsAndProperCodes() throws Exception {
        assertThat(get("/api/articles/0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/..%2F..%2Fetc").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles/nothex").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?limit=5000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?bogus=1").statusCode()).isEqualTo(400);
        assertThat(get("/api/nope").statusCode()).isEqualTo(404);
        assertThat(get("/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("/%2e%2e/pom.xml").statusCode()).isEqualTo(404);
        var error = json(get("/api/actors/unknown"));
        assertThat(error.path("error").path("status").asInt()).isEqualTo(404);
        var post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/api/search").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void analyzesPostedTextWithinTheSizeLimit() throws Exception {
        var ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"عنوان\",\"text\":\"نص الخبر الأول.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).path("schema").asText()).isEqualTo("rasid/1");
        assertThat(json(ok).path("text").asText()).isEqualTo("عنوان\n\nنص الخبر الأول.");
        var big = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/analyze"))
                .POST(HttpRequest.BodyPublishers.ofString("ا".repeat(200_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        var bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/analyze"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{oops")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void servesThePageAndTheApiDescription() throws Exception {
        var page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(json(get("/api/openapi.json")).path("paths").has("/api/events")).isTrue();
        assertThat(json(get("/health")).path("articles").asInt()).isEqualTo(3);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
