package org.rasid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.ner.NerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", description = "Tokens/s of NER tagging alone and of the whole analyze pipeline, on one thread; model load time and heap.")
final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "JSON lines (title, content), gzipped or not.")
    Path corpus;

    @Option(names = "--docs", defaultValue = "2000", description = "Articles to use (default 2000).")
    int docs;

    @Option(names = "--model", paramLabel = "DIR", description = "NER model for the tagging-alone figures (default: the shipped one).")
    Path model;

    @Override
    public Integer call() {
        System.out.println(NerBenchmark.run(corpus, docs, model).toJson());
        return 0;
    }
}
