package org.rasid.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.Layers;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.core.pipeline.Stage;
import org.rasid.core.pipeline.StageProfile;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * CPU time per stage of the whole analyze pipeline on real articles, grouped by the module each stage comes
 * from, so the cost of a module (e.g. extraction) can be read against the rest in the same run.
 */
@Command(name = "analyze", description = "Per-stage and per-module CPU time of the analyze pipeline on one thread (one JSON line).")
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Articles: JSON lines (gzipped or not), a directory, or files.")
    String corpus;

    @Option(names = "--docs", defaultValue = "1000", description = "Articles to measure (default 1000).")
    int docs;

    @Option(names = "--warmup", defaultValue = "1000", description = "Articles analysed first, unmeasured: those after "
            + "the measured ones in the corpus (default 1000).")
    int warmup;

    @Override
    public Integer call() {
        var articles = new ArrayList<Document>();
        new Ingestor(IngestOptions.defaults()).read(corpus, outcome -> {
            if (outcome.isOk() && articles.size() < docs + warmup) {
                articles.add(outcome.article().toDocument());
            }
        });
        var pipeline = Pipeline.standard();
        // Warm-up on other articles than the measured ones: the JIT compiles the rule code of the extraction stages
        // late (200 articles left them a third slower than in a long run), and no measured article is then cached.
        var measured = articles.subList(0, Math.min(docs, articles.size()));
        StageProfile.measure(pipeline, articles.subList(measured.size(), articles.size()));
        var profile = StageProfile.measure(pipeline, measured);
        long tokens = profile.analysed().stream().mapToLong(d -> d.get(Layers.TOKENS).size()).sum();

        var byModule = new LinkedHashMap<String, Double>();
        for (Stage stage : pipeline.stages()) {
            byModule.merge(module(stage), profile.secondsByStage().get(stage.name()), Double::sum);
        }
        double total = profile.totalSeconds();
        var out = DocumentJson.MAPPER.createObjectNode();
        out.put("documents", profile.analysed().size()).put("failed_documents", profile.failedDocuments()).put("tokens", tokens);
        out.put("cpu_seconds", round(total)).put("documents_per_second", round(profile.analysed().size() / total))
                .put("tokens_per_second", Math.round(tokens / total));
        var stages = out.putObject("stage_seconds");
        profile.secondsByStage().forEach((name, s) -> stages.put(name, round(s)));
        var modules = out.putObject("module_seconds");
        byModule.forEach((name, s) -> modules.put(name, round(s)));
        // what each module adds to the time of all the others: the figure "extraction adds at most 30%" is about
        var added = out.putObject("added_by_module");
        byModule.forEach((name, s) -> added.put(name, round(s / (total - s))));
        System.out.println(out);
        return 0;
    }

    /** The module a stage comes from: org.rasid.MODULE.... */
    private static String module(Stage stage) {
        String[] parts = stage.getClass().getName().split("\\.");
        return parts.length > 2 ? parts[2] : stage.getClass().getName();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
