package org.rasid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.store.eval.KnownItemEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "known-item", description = "Known-item MRR of Rasid's analyzer and Lucene's ArabicAnalyzer on a JSON Lines corpus.")
final class BenchKnownItemCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "JSON Lines (title, content), optionally gzipped.")
    Path corpus;

    @Option(names = "--pool", defaultValue = "5000", paramLabel = "N", description = "Articles indexed (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N", description = "Known items asked for (default: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() {
        for (var s : KnownItemEval.run(corpus, pool, queries, 42)) {
            System.out.printf("%-14s queries %d  MRR %.4f  found in top 10 %.1f%%%n", s.analyzer(), s.queries(), s.mrr(), 100 * s.foundInTop10());
        }
        return 0;
    }
}
