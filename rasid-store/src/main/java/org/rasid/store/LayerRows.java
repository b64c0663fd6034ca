package org.rasid.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the known layers of one rasid/1 JSON article into the layer tables. Layers are read from the JSON tree
 * by field name (entities, actors, quotes, events, relations; see docs/schema.md), so a layer that a document
 * lacks simply adds no rows.
 */
final class LayerRows {
    private final Connection db;

    LayerRows(Connection db) {
        this.db = db;
    }

    void replace(String articleId, JsonNode doc) throws SQLException {
        for (String table : Schema.LAYER_TABLES) {
            try (var st = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                st.setString(1, articleId);
                st.executeUpdate();
            }
        }
        String text = doc.path("text").asText("");
        Map<String, Integer> actorMentions = new LinkedHashMap<>();
        mentions(articleId, doc.path("entities"), actorMentions);
        actors(doc.path("actors"), actorMentions);
        articleActors(articleId, actorMentions);
        quotes(articleId, doc.path("quotes"));
        events(articleId, doc.path("events"), text);
        relations(articleId, doc.path("relations"), text);
    }

    private void mentions(String articleId, JsonNode entities, Map<String, Integer> actorMentions) throws SQLException {
        try (var st = db.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?)")) {
            for (JsonNode e : entities) {
                String actor = Json.text(e.path("actor"));
                set(st, articleId, Json.integer(e.path("start")), Json.integer(e.path("end")), Json.text(e.path("type")),
                        Json.text(e.path("text")), actor);
                st.addBatch();
                if (actor != null) {
                    actorMentions.merge(actor, 1, Integer::sum);
                }
            }
            st.executeBatch();
        }
    }

    private void actors(JsonNode actors, Map<String, Integer> actorMentions) throws SQLException {
        try (var actor = db.prepareStatement("INSERT INTO actors VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET "
                + "name = coalesce(excluded.name, name), type = coalesce(excluded.type, type)");
             var alias = db.prepareStatement("INSERT OR IGNORE INTO aliases VALUES (?,?)")) {
            for (JsonNode a : actors) {
                String id = Json.text(a.path("id"));
                if (id == null) {
                    continue;
                }
                String name = Json.text(a.path("name"));
                set(actor, id, name, Json.text(a.path("type")));
                actor.addBatch();
                if (name != null) {
                    set(alias, id, name);
                    alias.addBatch();
                }
                for (JsonNode al : a.path("aliases")) {
                    set(alias, id, Json.text(al));
                    alias.addBatch();
                }
                JsonNode m = a.path("mentions");
                int count = m.isArray() ? m.size() : m.asInt(1);
                actorMentions.merge(id, Math.max(count, 1), Math::max);
            }
            actor.executeBatch();
            alias.executeBatch();
        }
    }

    private void articleActors(String articleId, Map<String, Integer> actorMentions) throws SQLException {
        try (var st = db.prepareStatement("INSERT INTO article_actors VALUES (?,?,?)")) {
            for (var e : actorMentions.entrySet()) {
                set(st, articleId, e.getKey(), e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void quotes(String articleId, JsonNode quotes) throws SQLException {
        try (var st = db.prepareStatement("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (JsonNode q : quotes) {
                set(st, articleId, Json.integer(q.path("start")), Json.integer(q.path("end")), Json.text(q.path("content")),
                        Json.flag(q.path("direct")), Json.text(q.path("speaker")), Json.text(q.path("speakerText")),
                        Json.text(q.path("role")), Json.text(q.path("verb")), Json.text(q.path("medium")));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void events(String articleId, JsonNode events, String text) throws SQLException {
        try (var st = db.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (JsonNode e : events) {
                JsonNode trigger = e.path("trigger");
                JsonNode sentence = e.path("sentence");
                JsonNode killed = e.path("casualties").path("killed");
                JsonNode injured = e.path("casualties").path("injured");
                Integer sentStart = Json.integer(sentence.path("start"));
                Integer sentEnd = Json.integer(sentence.path("end"));
                set(st, articleId, Json.text(e.path("type")), Json.text(e.path("cameo")), Json.text(trigger.path("text")),
                        Json.integer(trigger.path("start")), Json.integer(trigger.path("end")),
                        Json.text(e.path("actors").path(0)), Json.text(e.path("targets").path(0)),
                        Json.list(e.path("actors")), Json.list(e.path("targets")), Json.text(e.path("location")),
                        Json.text(e.path("date")), Json.text(e.path("dateText")),
                        Json.integer(killed.path("min")), Json.integer(killed.path("max")),
                        Json.integer(injured.path("min")), Json.integer(injured.path("max")),
                        sentStart, sentEnd, Json.covered(text, sentStart, sentEnd),
                        Json.flag(e.path("negated")), Json.flag(e.path("hypothetical")));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void relations(String articleId, JsonNode relations, String text) throws SQLException {
        try (var st = db.prepareStatement("INSERT INTO relations VALUES (?,?,?,?,?,?,?)")) {
            for (JsonNode r : relations) {
                Integer start = Json.integer(r.path("evidence").path("start"));
                Integer end = Json.integer(r.path("evidence").path("end"));
                set(st, articleId, Json.text(r.path("subject")), Json.text(r.path("predicate")), Json.text(r.path("object")),
                        start, end, Json.covered(text, start, end));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void set(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                st.setNull(i + 1, Types.NULL);
            } else {
                st.setObject(i + 1, values[i]);
            }
        }
    }
}
