package org.rasid.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.server.LoadTest;
import org.rasid.server.WorkbenchServer;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve a store on a free loopback port and load-test its search API, bounded in requests and time.")
final class BenchServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--clients", defaultValue = "4", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "5000", paramLabel = "N", description = "At most this many requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S", description = "At most this long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() {
        if (clients < 1 || clients > 64 || requests < 1 || requests > 1_000_000 || seconds < 1 || seconds > 600) {
            throw new RasidException(RasidException.Problem.USAGE, "bench serve", "clients 1-64, requests 1-1000000, seconds 1-600");
        }
        try (var st = Store.openExisting(store.dir); var q = st.queries()) {
            var queries = new ArrayList<String>();
            q.rows("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT 500").forEach(r -> {
                String[] w = ((String) r.get("title")).split("\\s+");
                queries.add(w[0] + (w.length > 1 ? " " + w[w.length - 1] : ""));
            });
            // measures the server, not the rate limiter
            var options = WorkbenchServer.Options.defaults().withPort(0).withRate(1_000_000);
            try (var server = WorkbenchServer.start(st, Pipeline.standard(), options)) {
                var r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port()), queries.isEmpty() ? List.of("خبر") : queries,
                        clients, requests, Duration.ofSeconds(seconds));
                System.out.printf("%d requests, %d errors, %.1f requests/s with %d clients; latency %s; statuses %s%n",
                        r.requests(), r.errors(), r.perSecond(), clients, r.latency(), r.statuses());
                return r.errors() == 0 ? 0 : 1;
            }
        }
    }
}
