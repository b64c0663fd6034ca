package org.rasid.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.server.LoadTest;
import org.rasid.server.WorkbenchServer;
import org.rasid.store.Store;
import org.rasid.store.eval.KnownItemEval;
import org.rasid.store.eval.SearchLatency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure search: latency on a store, known-item quality on a corpus, a loopback load test of serve.")
final class BenchCommand {
    @Command(name = "search", description = "Search latency (p50/p95/p99) for one-word and three-word queries made from stored titles.")
    int search(@Option(names = "--store", defaultValue = Store.DEFAULT_DIR, paramLabel = "DIR") Path store,
               @Option(names = "--queries", defaultValue = "500", paramLabel = "N") int queries) {
        try (var st = Store.open(store)) {
            System.out.printf("store %s: %d articles%n", store, st.size());
            SearchLatency.run(st, queries, 7).forEach((kind, l) -> System.out.printf("%-10s %s%n", kind, l));
        }
        return 0;
    }

    @Command(name = "known-item", description = "Known-item MRR of Rasid's analyzer and Lucene's ArabicAnalyzer on a JSON Lines corpus.")
    int knownItem(@Option(names = "--corpus", required = true, paramLabel = "FILE") Path corpus,
                  @Option(names = "--pool", defaultValue = "5000", paramLabel = "N", description = "Articles indexed (default: ${DEFAULT-VALUE}).") int pool,
                  @Option(names = "--queries", defaultValue = "1000", paramLabel = "N", description = "Known items asked for (default: ${DEFAULT-VALUE}).") int queries) {
        for (var s : KnownItemEval.run(corpus, pool, queries, 42)) {
            System.out.printf("%-14s queries %d  MRR %.4f  found in top 10 %.1f%%%n", s.analyzer(), s.queries(), s.mrr(), 100 * s.foundInTop10());
        }
        return 0;
    }

    @Command(name = "serve", description = "Serve the store on a free loopback port and load-test its search API, bounded in requests and time.")
    int serve(@Option(names = "--store", defaultValue = Store.DEFAULT_DIR, paramLabel = "DIR") Path store,
              @Option(names = "--clients", defaultValue = "4", paramLabel = "N") int clients,
              @Option(names = "--requests", defaultValue = "5000", paramLabel = "N") int requests,
              @Option(names = "--seconds", defaultValue = "30", paramLabel = "S") int seconds) {
        if (clients < 1 || clients > 64 || requests < 1 || requests > 1_000_000 || seconds < 1 || seconds > 600) {
            throw new RasidException(RasidException.Problem.USAGE, "bench serve", "clients 1-64, requests 1-1000000, seconds 1-600");
        }
        try (var st = Store.open(store); var q = st.queries()) {
            var words = new ArrayList<String>();
            q.rows("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT 500").forEach(r -> {
                String[] w = ((String) r.get("title")).split("\\s+");
                words.add(w[0] + (w.length > 1 ? " " + w[w.length - 1] : ""));
            });
            List<String> queries = words.isEmpty() ? List.of("خبر") : words;
            // the load test measures the server, not the rate limiter
            var options = WorkbenchServer.Options.defaults().withPort(0).withRate(1_000_000);
            try (var server = WorkbenchServer.start(st, Pipeline.standard(), options)) {
                var r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port()), queries, clients, requests, Duration.ofSeconds(seconds));
                System.out.printf("%d requests, %d errors, %.1f requests/s with %d clients; latency %s; statuses %s%n",
                        r.requests(), r.errors(), r.perSecond(), clients, r.latency(), r.statuses());
                return r.errors() == 0 ? 0 : 1;
            }
        }
    }
}
