package org.rasid.store.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rasid.store.SearchQuery;
import org.rasid.store.Store;

/**
 * Search latency on a store, as a user sees it (query, facets, highlighted snippets, 10 hits): one-word and
 * three-word queries made from titles of stored articles, after a warm-up.
 */
public final class SearchLatency {
    private SearchLatency() {
    }

    public static Map<String, Latencies> run(Store store, int queries, long seed) {
        var random = new Random(seed);
        var titles = titles(store, queries * 4, random);
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("the store has no titled articles to make queries from");
        }
        var one = new ArrayList<String>();
        var three = new ArrayList<String>();
        for (String title : titles) {
            String[] words = title.split("[^\\p{IsArabic}\\p{IsLatin}\\d]+");
            var usable = java.util.Arrays.stream(words).filter(w -> w.length() >= 3).toList();
            if (usable.size() >= 3 && three.size() < queries) {
                int at = random.nextInt(usable.size() - 2);
                three.add(String.join(" ", usable.subList(at, at + 3)));
            }
            if (!usable.isEmpty() && one.size() < queries) {
                one.add(usable.get(random.nextInt(usable.size())));
            }
        }
        time(store, one.subList(0, Math.min(50, one.size()))); // warm-up: JIT and caches
        return Map.of("one-word", Latencies.of(time(store, one)), "three-word", Latencies.of(time(store, three)));
    }

    private static long[] time(Store store, List<String> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            store.search().search(SearchQuery.of(queries.get(i)));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static List<String> titles(Store store, int n, Random random) {
        try (var q = store.queries()) {
            return q.rows("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT ?", n).stream()
                    .map(r -> (String) r.get("title")).toList();
        }
    }
}
