package org.rasid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Read-only questions the workbench asks of the tables: articles, actors and their neighbourhood, events. */
public final class Queries implements AutoCloseable {
    /** Events with ACLED-like columns; the date falls back to the article's publication date. */
    static final String EVENTS = """
            SELECT coalesce(e.date, substr(a.published, 1, 10)) AS date, e.type, e.cameo,
              e.actor1, n1.name AS actor1_name, e.actor2, n2.name AS actor2_name, e.location,
              e.killed_min, e.killed_max, e.injured_min, e.injured_max, e.trigger, e.negated, e.hypothetical,
              a.id AS article_id, a.url, a.source, e.evidence
            FROM events e JOIN articles a ON a.id = e.article_id
              LEFT JOIN actors n1 ON n1.id = e.actor1 LEFT JOIN actors n2 ON n2.id = e.actor2""";
    private static final String HAS_ACTOR = "(('|' || coalesce(e.actors, '') || '|' || coalesce(e.targets, '') || '|') LIKE '%|' || ? || '|%')";

    private final Connection db;

    private Queries(Connection db) {
        this.db = db;
    }

    static Queries open(Path database) {
        try {
            return new Queries(Tables.readOnly(database));
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, database.toString(), "cannot open the database: " + e.getMessage(), e);
        }
    }

    public Optional<String> articleJson(String id) {
        var rows = rows("SELECT json FROM articles WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0).get("json"));
    }

    /** Actors whose name or an alias contains {@code q}, the most written-about first. */
    public List<Map<String, Object>> actors(String q, int limit) {
        String like = "%" + (q == null ? "" : q.strip()) + "%";
        return rows("""
                SELECT a.id, a.name, a.type, (SELECT count(*) FROM article_actors x WHERE x.actor_id = a.id) AS articles
                FROM actors a WHERE a.name LIKE ? OR a.id IN (SELECT actor_id FROM aliases WHERE alias LIKE ?)
                ORDER BY articles DESC, a.name LIMIT ?""", like, like, limit);
    }

    /** An actor with its aliases, mention counts, co-mentioned actors, relations, events and quotes. */
    public Optional<Map<String, Object>> actor(String id) {
        var found = rows("SELECT id, name, type FROM actors WHERE id = ?", id);
        var counts = rows("SELECT count(*) AS articles, coalesce(sum(mentions), 0) AS mentions FROM article_actors WHERE actor_id = ?", id);
        if (found.isEmpty() && ((Number) counts.get(0).get("articles")).longValue() == 0) {
            return Optional.empty();
        }
        var actor = new LinkedHashMap<String, Object>(found.isEmpty() ? Map.of("id", id) : found.get(0));
        actor.putAll(counts.get(0));
        actor.put("aliases", rows("SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias", id).stream().map(r -> r.get("alias")).toList());
        actor.put("cooccurring", rows("""
                SELECT y.actor_id AS id, n.name, count(*) AS articles FROM article_actors x
                JOIN article_actors y ON y.article_id = x.article_id AND y.actor_id <> x.actor_id
                LEFT JOIN actors n ON n.id = y.actor_id WHERE x.actor_id = ?
                GROUP BY y.actor_id ORDER BY articles DESC LIMIT 20""", id));
        actor.put("relations", rows("""
                SELECT r.subject, s.name AS subject_name, r.predicate, r.object, o.name AS object_name, r.evidence, r.article_id
                FROM relations r LEFT JOIN actors s ON s.id = r.subject LEFT JOIN actors o ON o.id = r.object
                WHERE r.subject = ? OR r.object = ? LIMIT 200""", id, id));
        actor.put("events", rows(EVENTS + " WHERE " + HAS_ACTOR + " ORDER BY date LIMIT 500", id));
        actor.put("quotes", rows("""
                SELECT q.content, q.direct, q.verb, q.role, q.article_id, a.title, substr(a.published, 1, 10) AS date
                FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker = ? ORDER BY date LIMIT 200""", id));
        return Optional.of(actor);
    }

    /** Events matching every filter given (null filters are ignored); dates are inclusive ISO dates. */
    public List<Map<String, Object>> events(String type, String actor, String place, String from, String to, int limit, int offset) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (type != null) {
            where.add("e.type = ?");
            params.add(type);
        }
        if (actor != null) {
            where.add(HAS_ACTOR);
            params.add(actor);
        }
        if (place != null) {
            where.add("e.location LIKE ?");
            params.add("%" + place + "%");
        }
        if (from != null) {
            where.add("coalesce(e.date, substr(a.published, 1, 10)) >= ?");
            params.add(from);
        }
        if (to != null) {
            where.add("coalesce(e.date, substr(a.published, 1, 10)) <= ?");
            params.add(to);
        }
        params.add(limit);
        params.add(offset);
        return rows(EVENTS + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY date, a.id LIMIT ? OFFSET ?", params.toArray());
    }

    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return ((Number) rows("SELECT count(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        var out = new ArrayList<Map<String, Object>>();
        each(sql, out::add, params);
        return out;
    }

    /** The column names a query returns (read without fetching a row). */
    public synchronized List<String> columns(String sql) {
        try (var st = db.prepareStatement("SELECT * FROM (" + sql + ") LIMIT 0"); var rs = st.executeQuery()) {
            var meta = rs.getMetaData();
            var names = new ArrayList<String>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnLabel(c));
            }
            return names;
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "query failed: " + e.getMessage(), e);
        }
    }

    /** Runs a read-only query and hands each row, as column name to value, to {@code sink}. */
    public synchronized void each(String sql, Consumer<Map<String, Object>> sink, Object... params) {
        try (var st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rs.getObject(c));
                    }
                    sink.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "cannot close the database: " + e.getMessage(), e);
        }
    }
}
