package org.rasid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.extract.actors.InMemoryActorRegistry;
import org.rasid.extract.actors.KnownActor;
import org.rasid.extract.actors.Names;

/**
 * The actors a store knows: those its registry saved and those its articles mention, with their aliases from both
 * (and from the seed lists, for gazetteer and curated actors) and their mention counts, the most mentioned first. A query matches a name or alias by its matching key, so
 * spelling variants (أ/ا, ة/ه, the article) and Latin case do not matter.
 */
public final class ActorListing {
    private static final List<String> EXTERNAL = List.of("geonames:", "iso3166:", "wikidata:");

    private ActorListing() {
    }

    public static List<ListedActor> list(Path storeDir, String query, int limit) {
        try (Connection db = Store.readOnlyConnection(storeDir)) {
            var heads = new LinkedHashMap<String, String[]>();
            var aliases = new HashMap<String, Set<String>>();
            if (hasTable(db, "registry_actors")) {
                each(db, "SELECT id, name, type FROM registry_actors ORDER BY seq", r -> heads.put(r[0], r));
                each(db, "SELECT actor_id, alias FROM registry_aliases ORDER BY rowid",
                        r -> aliases.computeIfAbsent(r[0], k -> new LinkedHashSet<>()).add(r[1]));
            }
            var counts = new HashMap<String, long[]>();
            if (hasTable(db, "article_actors")) { // a registry file of its own has no article tables
                each(db, "SELECT id, name, type FROM actors ORDER BY id", r -> heads.putIfAbsent(r[0], r));
                each(db, "SELECT actor_id, alias FROM aliases ORDER BY actor_id, alias",
                        r -> aliases.computeIfAbsent(r[0], k -> new LinkedHashSet<>()).add(r[1]));
                each(db, "SELECT actor_id, coalesce(sum(mentions), 0), count(*) FROM article_actors GROUP BY actor_id",
                        r -> counts.put(r[0], new long[] {Long.parseLong(r[1]), Long.parseLong(r[2])}));
            }
            var seeded = new HashMap<String, KnownActor>();
            InMemoryActorRegistry.shared().all().forEach(a -> seeded.put(a.id(), a));
            String key = query == null || query.isBlank() ? null : Names.key(query);
            var out = new ArrayList<ListedActor>();
            for (String[] h : heads.values()) {
                var names = new LinkedHashSet<String>();
                if (h[1] != null) {
                    names.add(h[1]);
                }
                names.addAll(aliases.getOrDefault(h[0], Set.of()));
                if (seeded.containsKey(h[0])) {
                    names.addAll(seeded.get(h[0]).aliases()); // the gazetteer's and curated lists' names
                }
                if (key != null && names.stream().noneMatch(n -> Names.key(n).contains(key))) {
                    continue;
                }
                long[] c = counts.getOrDefault(h[0], new long[2]);
                var external = EXTERNAL.stream().anyMatch(h[0]::startsWith) ? List.of(h[0]) : List.<String>of();
                out.add(new ListedActor(h[0], h[1], h[2], List.copyOf(names), external, c[0], c[1]));
            }
            out.sort(Comparator.comparingLong(ListedActor::mentions).reversed().thenComparing(ListedActor::id));
            return out.subList(0, Math.min(Math.max(limit, 0), out.size()));
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, storeDir.toString(), "cannot list actors: " + e.getMessage(), e);
        }
    }

    private interface Row {
        void accept(String[] columns);
    }

    private static void each(Connection db, String sql, Row sink) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                sink.accept(row);
            }
        }
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (var st = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
