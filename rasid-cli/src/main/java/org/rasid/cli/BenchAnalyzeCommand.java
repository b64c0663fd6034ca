package org.rasid.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.Layers;
import org.rasid.core.RasidException;
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

    @Option(names = "--warmup", defaultValue = "5000", description = "Articles analysed first, unmeasured: those after "
            + "the measured ones in the corpus (default 5000; the ratios of each block of --docs of them are printed "
            + "under \"warmup\").")
    int warmup;

    @Override
    public Integer call() {
        if (docs < 1 || warmup < 0) {
            throw new RasidException(RasidException.Problem.USAGE, "--docs/--warmup", "need at least 1 article to measure and no negative warm-up");
        }
        var articles = new ArrayList<Document>();
        var firstError = new RasidException[1];
        new Ingestor(IngestOptions.defaults()).read(corpus, outcome -> {
            if (outcome.isOk() && articles.size() < docs + warmup) {
                articles.add(outcome.article().toDocument());
            } else if (outcome.error() != null && firstError[0] == null) {
                firstError[0] = outcome.error();
            }
        });
        if (articles.isEmpty()) { // nothing to measure: say why rather than print zeros
            throw firstError[0] != null ? firstError[0] : new RasidException(RasidException.Problem.NO_ARTICLE, corpus, "no article to measure");
        }
        var pipeline = Pipeline.standard();
        var measured = articles.subList(0, Math.min(docs, articles.size()));
        // Warm-up on other articles than the measured ones, each seen once as in a long run over fresh news (a second
        // pass over the same articles would find their names in the memo caches). The JIT compiles the extraction's
        // many rarely-run rules over the first few thousand articles, long after the hot loops of tokens and NER, so
        // each block's ratios are printed: that curve shows what a short run pays.
        var curve = DocumentJson.MAPPER.createArrayNode();
        for (int from = measured.size(); from < articles.size(); from += measured.size()) {
            var block = articles.subList(from, Math.min(from + measured.size(), articles.size()));
            curve.add(ratios(byModule(pipeline, StageProfile.measure(pipeline, block).secondsByStage())));
        }
        var profile = StageProfile.measure(pipeline, measured);
        long tokens = profile.analysed().stream().mapToLong(d -> d.get(Layers.TOKENS).size()).sum();
        double total = profile.totalSeconds();
        var out = DocumentJson.MAPPER.createObjectNode();
        out.put("documents", profile.analysed().size()).put("failed_documents", profile.failedDocuments()).put("tokens", tokens);
        out.put("warmup_documents", articles.size() - measured.size());
        out.put("cpu_seconds", round(total)).put("documents_per_second", round(profile.analysed().size() / total))
                .put("tokens_per_second", Math.round(tokens / total));
        var stages = out.putObject("stage_seconds");
        profile.secondsByStage().forEach((name, s) -> stages.put(name, round(s)));
        var byModule = byModule(pipeline, profile.secondsByStage());
        var modules = out.putObject("module_seconds");
        byModule.forEach((name, s) -> modules.put(name, round(s)));
        // what each module adds to the time of all the others: the figure "extraction adds at most 30%" is about
        out.set("added_by_module", ratios(byModule));
        out.set("warmup", curve);
        System.out.println(out);
        return 0;
    }

    private static Map<String, Double> byModule(Pipeline pipeline, Map<String, Double> secondsByStage) {
        var byModule = new LinkedHashMap<String, Double>();
        for (Stage stage : pipeline.stages()) {
            byModule.merge(module(stage), secondsByStage.get(stage.name()), Double::sum);
        }
        return byModule;
    }

    private static ObjectNode ratios(Map<String, Double> byModule) {
        double total = byModule.values().stream().mapToDouble(Double::doubleValue).sum();
        var added = DocumentJson.MAPPER.createObjectNode();
        byModule.forEach((name, s) -> added.put(name, round(s / (total - s))));
        return added;
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
