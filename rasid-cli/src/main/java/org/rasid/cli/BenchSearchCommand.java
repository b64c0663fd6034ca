package org.rasid.cli;

import java.util.concurrent.Callable;
import org.rasid.store.Store;
import org.rasid.store.eval.SearchLatency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "search", description = "Search latency (p50/p95/p99) for one-word and three-word queries made from stored titles.")
final class BenchSearchCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--queries", defaultValue = "500", paramLabel = "N", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() {
        try (var st = Store.openExisting(store.dir)) {
            System.out.printf("store %s: %d articles%n", store.dir, st.size());
            SearchLatency.run(st, queries, 7).forEach((kind, l) -> System.out.printf("%-10s %s%n", kind, l));
        }
        return 0;
    }
}
