package org.rasid.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.core.Article;
import org.rasid.core.DocumentJson;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.store.Export;
import org.rasid.store.Queries;
import org.rasid.store.SearchQuery;
import org.rasid.store.Store;

/** The API's answers, one method per route; each returns the JSON (or bytes) to send or throws an {@link ApiError}. */
final class Api implements AutoCloseable {
    /** Article ids are content hashes; actor ids come from the extraction stages and stay printable. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern ACTOR_ID = Pattern.compile("[^\\p{Cntrl}/]{1,200}");

    private final Store store;
    private final Queries queries;
    private final Pipeline pipeline;

    Api(Store store, Pipeline pipeline) {
        this.store = store;
        this.queries = store.queries();
        this.pipeline = pipeline;
    }

    @Override
    public void close() {
        queries.close();
    }

    Object health() {
        return Map.of("status", "ok", "articles", store.size());
    }

    Object search(URI uri) {
        var p = new Params(uri, Set.of("q", "actor", "type", "source", "from", "to", "limit", "offset"));
        return store.search().search(new SearchQuery(p.get("q"), p.get("actor"), p.get("type"), p.get("source"),
                p.date("from"), p.date("to"), p.integer("offset", 0, 0, 10_000), p.integer("limit", 10, 1, SearchQuery.MAX_LIMIT)));
    }

    JsonNode article(String id) throws IOException {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw ApiError.badRequest("an article id is 16 hex digits");
        }
        String json = queries.articleJson(id).orElseThrow(() -> ApiError.notFound("no article " + id));
        return DocumentJson.MAPPER.readTree(json);
    }

    Object actors(URI uri) {
        var p = new Params(uri, Set.of("q", "limit"));
        return queries.actors(p.get("q"), p.integer("limit", 20, 1, 100));
    }

    Object actor(String id) {
        if (!ACTOR_ID.matcher(id).matches()) {
            throw ApiError.badRequest("malformed actor id");
        }
        return queries.actor(id).orElseThrow(() -> ApiError.notFound("no actor " + id));
    }

    List<Map<String, Object>> events(Params p) {
        var from = p.date("from");
        var to = p.date("to");
        return queries.events(p.get("type"), p.get("actor"), p.get("place"), from == null ? null : from.toString(),
                to == null ? null : to.toString(), p.integer("limit", 100, 1, 1000), p.integer("offset", 0, 0, 1_000_000));
    }

    static Set<String> eventParams() {
        return Set.of("type", "actor", "place", "from", "to", "limit", "offset", "format");
    }

    byte[] eventsCsv(List<Map<String, Object>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var columns = rows.isEmpty() ? List.<String>of() : new ArrayList<>(rows.get(0).keySet());
        Export.csv(columns, rows, out);
        return out.toByteArray();
    }

    /**
     * Analyses a posted article: plain text (first line the title) or JSON {@code {"title", "text", "published"}}.
     */
    JsonNode analyze(String contentType, byte[] body) throws IOException {
        String title;
        String text;
        String published = null;
        if (contentType != null && contentType.startsWith("application/json")) {
            JsonNode in;
            try {
                in = DocumentJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw ApiError.badRequest("the body is not valid JSON");
            }
            if (in == null || !in.path("text").isTextual()) {
                throw ApiError.badRequest("JSON body needs a \"text\" string");
            }
            title = in.path("title").isTextual() ? in.path("title").asText() : null;
            text = in.path("text").asText();
            published = in.path("published").isTextual() ? in.path("published").asText() : null;
        } else {
            String all = new String(body, StandardCharsets.UTF_8).strip();
            int nl = all.indexOf('\n');
            title = nl < 0 ? null : all.substring(0, nl).strip();
            text = nl < 0 ? all : all.substring(nl + 1);
        }
        if (text.isBlank()) {
            throw ApiError.badRequest("the article text is empty");
        }
        var blocks = new ArrayList<Article.Block>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new Article.Block(line.strip(), Paragraph.Kind.paragraph));
            }
        }
        var meta = Metadata.of("api").withPublished(published);
        return DocumentJson.toJson(pipeline.process(new Article(meta, title, blocks).toDocument()), Set.of());
    }
}
