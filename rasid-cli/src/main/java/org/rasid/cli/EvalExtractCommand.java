package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.core.DocumentJson;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.extract.eval.ExtractEval;
import org.rasid.extract.eval.GoldReader;
import org.rasid.extract.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Score quotes, events and relations against a gold JSONL file (docs/annotation.md);"
        + " prints precision, recall and F1 per kind as one JSON line.")
final class EvalExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold files, one annotated article per line.")
    java.util.List<Path> gold;

    @Option(names = "--corpus", paramLabel = "FILE", description = "The news corpus that records with corpus_line point into"
            + " (default: ../shared/data/news/saudinewsnet.jsonl.gz).")
    Path corpus = Path.of("..", "shared", "data", "news", "saudinewsnet.jsonl.gz");

    @Option(names = "--misses", description = "Also print each missed gold item and extra extracted item to stderr.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        var articles = new java.util.ArrayList<org.rasid.extract.eval.GoldArticle>();
        for (Path file : gold) {
            articles.addAll(GoldReader.read(file, corpus));
        }
        long t0 = System.nanoTime();
        var pipeline = Pipeline.standard();
        var eval = misses ? new ExtractEval(pipeline::process, System.err::println) : new ExtractEval(pipeline::process);
        var result = eval.evaluate(articles);
        var out = DocumentJson.MAPPER.createObjectNode();
        out.put("articles", result.articles());
        out.set("quotes", json(result.quotes()));
        out.set("events", json(result.events()));
        out.set("relations", json(result.relations()));
        out.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        var stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.println(DocumentJson.MAPPER.writeValueAsString(out));
        return 0;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode json(Score s) {
        var n = DocumentJson.MAPPER.createObjectNode();
        n.put("p", round(s.precision()));
        n.put("r", round(s.recall()));
        n.put("f1", round(s.f1()));
        n.put("matched", s.matched());
        n.put("gold", s.gold());
        n.put("system", s.system());
        return n;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
