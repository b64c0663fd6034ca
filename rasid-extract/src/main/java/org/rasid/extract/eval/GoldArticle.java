package org.rasid.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One annotated article of a gold file (see docs/annotation.md): its text and what should be extracted from it. */
public record GoldArticle(String id, String title, String content, String published, List<GoldQuote> quotes,
                          List<GoldEvent> events, List<GoldRelation> relations) {
    public record GoldQuote(String speaker, String contentHead, boolean direct) {
    }

    public record GoldEvent(String type, String trigger, List<String> actors, List<String> targets, String location,
                            String date) {
    }

    public record GoldRelation(String subject, String predicate, String object) {
    }

    /** Reads the annotation fields of a gold record whose text is already known. */
    static GoldArticle of(JsonNode n, String title, String content, String published) {
        var quotes = new ArrayList<GoldQuote>();
        n.path("quotes").forEach(q -> quotes.add(new GoldQuote(q.path("speaker").asText(), q.path("content_head").asText(),
                q.path("direct").asBoolean())));
        var events = new ArrayList<GoldEvent>();
        n.path("events").forEach(e -> events.add(new GoldEvent(e.path("type").asText(), e.path("trigger").asText(),
                strings(e.path("actors")), strings(e.path("targets")), text(e.path("location")), text(e.path("date")))));
        var relations = new ArrayList<GoldRelation>();
        n.path("relations").forEach(r -> relations.add(new GoldRelation(r.path("subject").asText(),
                r.path("predicate").asText(), r.path("object").asText())));
        return new GoldArticle(n.path("id").asText(null), title, content, published, quotes, events, relations);
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
