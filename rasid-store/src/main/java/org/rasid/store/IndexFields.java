package org.rasid.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.rasid.store.analysis.RasidArabicAnalyzer;

/** How an article's JSON becomes a Lucene document: searchable text, exact-match filters and facets. */
final class IndexFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    /** The publication date as days since 1970, for range filters. */
    static final String DAY = "day";
    /** Facet dimension: the publication month, YYYY-MM. */
    static final String MONTH = "month";
    static final String ACTOR = "actor";
    /** Event types found in the article. */
    static final String TYPE = "type";
    static final Set<String> KEYWORD_FIELDS = Set.of(ID, SOURCE, URL, PUBLISHED, MONTH, ACTOR, TYPE);
    static final Set<String> FACETS = Set.of(SOURCE, MONTH, TYPE, ACTOR);

    static final FacetsConfig FACETS_CONFIG = facetsConfig();
    /** Stored, with offsets in the postings: the highlighter reads them instead of analysing the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexFields() {
    }

    private static FieldType textWithOffsets() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(ACTOR, true);
        config.setMultiValued(TYPE, true);
        return config;
    }

    /** Rasid's Arabic analysis for text fields; exact values for filter fields, so "actor:ID" matches as written. */
    static Analyzer analyzer(Analyzer text) {
        Map<String, Analyzer> exact = new java.util.HashMap<>();
        var keyword = new KeywordAnalyzer();
        KEYWORD_FIELDS.forEach(f -> exact.put(f, keyword));
        return new PerFieldAnalyzerWrapper(text, exact);
    }

    static Analyzer analyzer() {
        return analyzer(new RasidArabicAnalyzer());
    }

    static Document toLucene(JsonNode json) {
        var doc = new Document();
        doc.add(new StringField(ID, json.path("id").asText(), Field.Store.YES));
        String title = Json.text(json.path("title"));
        if (title != null) {
            doc.add(new TextField(TITLE, title, Field.Store.YES));
        }
        doc.add(new Field(TEXT, json.path("text").asText(""), TEXT_WITH_OFFSETS));
        keyword(doc, URL, Json.text(json.path("url")));
        String source = site(json);
        if (source != null) {
            doc.add(new StringField(SOURCE, source, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SOURCE, source));
        }
        String published = Json.text(json.path("published"));
        LocalDate day = date(published);
        if (day != null) {
            doc.add(new StoredField(PUBLISHED, day.toString()));
            doc.add(new LongPoint(DAY, day.toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(MONTH, day.toString().substring(0, 7)));
        }
        for (String actor : actors(json)) {
            doc.add(new StringField(ACTOR, actor, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ACTOR, actor));
        }
        var types = new LinkedHashSet<String>();
        json.path("events").forEach(e -> {
            String t = Json.text(e.path("type"));
            if (t != null && !t.isBlank()) {
                types.add(t);
            }
        });
        for (String type : types) {
            doc.add(new StringField(TYPE, type, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TYPE, type));
        }
        return doc;
    }

    /**
     * Where an article was published, for the source facet and filter: the host of its URL without "www.",
     * else its source without a trailing ":LINE" or ":#N" (one line of a JSON Lines file is no source).
     */
    static String site(JsonNode json) {
        String url = Json.text(json.path("url"));
        if (url != null) {
            try {
                String host = java.net.URI.create(url.replace(" ", "%20")).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException notAUri) {
                // fall back to the source
            }
        }
        String source = Json.text(json.path("source"));
        return source == null ? null : source.replaceFirst(":#?\\d+$", "");
    }

    /** Actor ids named by the actors layer or by entities. */
    static Set<String> actors(JsonNode json) {
        var ids = new LinkedHashSet<String>();
        json.path("actors").forEach(a -> add(ids, Json.text(a.path("id"))));
        json.path("entities").forEach(e -> add(ids, Json.text(e.path("actor"))));
        return ids;
    }

    private static void add(Set<String> ids, String id) {
        if (id != null && !id.isBlank()) {
            ids.add(id);
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    /** The date part of an ISO date or date-time, or null when there is none. */
    static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
