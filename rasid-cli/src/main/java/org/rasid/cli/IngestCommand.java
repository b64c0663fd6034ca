package org.rasid.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.extract.actors.ActorsStage;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;
import org.rasid.store.IngestRun;
import org.rasid.store.IngestSummary;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Analyse articles and add them to a store; already stored articles are skipped, so a rerun resumes.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, JSON/JSONL, http(s) URLs, or - for stdin.")
    List<String> inputs;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available cores).")
    Integer threads;

    @Option(names = "--batch", defaultValue = "200", paramLabel = "N", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--allow-private", description = "Allow URLs on loopback and private networks.")
    boolean allowPrivate;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new RasidException(RasidException.Problem.USAGE, "--batch", "must be at least 1");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        var ingestor = new Ingestor(IngestOptions.defaults().withAllowPrivate(allowPrivate));
        var progress = new ProgressLine(System.err, InputEstimate.of(inputs), System.console() != null);
        IngestSummary s;
        try (var st = Store.open(store.dir); var registry = st.actorRegistry()) {
            var pipeline = ActorsStage.standardPipeline(registry.registry()); // actor ids and aliases kept in the store
            s = new IngestRun(st, ingestor, pipeline, n, batch, progress).run(inputs);
            progress.finish(s.stored() + s.skipped() + s.failed(), s.stored());
            System.err.printf("rasid: read %d, stored %d, skipped %d (already stored), failed %d in %.1f s (%.1f articles/s); store %s holds %d%n",
                    s.read(), s.stored(), s.skipped(), s.failed(), s.elapsed().toMillis() / 1000.0, s.rate(), store.dir, st.size());
        }
        s.failures().forEach((reason, count) -> System.err.println("rasid: failed " + reason + ": " + count));
        s.examples().forEach(e -> System.err.println("rasid:   " + e));
        return s.failed() == 0 ? 0 : RasidException.Problem.NO_ARTICLE.exitCode();
    }
}
