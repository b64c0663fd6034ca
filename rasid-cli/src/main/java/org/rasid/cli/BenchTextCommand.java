package org.rasid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.text.segment.ChainBenchmark;
import org.rasid.text.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "text", description = "Single-thread throughput of Rasid's text chain vs Lucene's ArabicAnalyzer on the same text; one JSON line.")
final class BenchTextCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Plain text, or JSON lines (.jsonl/.jsonl.gz) with `content`.")
    Path corpus;

    @Option(names = "--mb", defaultValue = "20", description = "Use at most this many MB of text (default 20).")
    int megabytes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) {
            throw new RasidException(Problem.NOT_FOUND, corpus.toString(), "no such file");
        }
        var texts = ChainBenchmark.readTexts(corpus, megabytes * 1_000_000L);
        var rasid = ChainBenchmark.rasid(Segmenter.standard(), texts);
        var lucene = ChainBenchmark.lucene(texts);
        var json = new LinkedHashMap<String, Object>();
        json.put("corpus", corpus.toString());
        json.put("mb", Math.round(rasid.bytes() / 1e4) / 100.0);
        json.put("rasid", figures(rasid));
        json.put("lucene", figures(lucene));
        json.put("rasid_vs_lucene_mb_s", Math.round(rasid.megabytesPerSecond() / lucene.megabytesPerSecond() * 100) / 100.0);
        System.out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }

    private static Map<String, Object> figures(ChainBenchmark.Throughput t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("chain", t.chain());
        m.put("tokens", t.tokens());
        m.put("tokens_per_s", Math.round(t.tokensPerSecond()));
        m.put("mb_per_s", Math.round(t.megabytesPerSecond() * 100) / 100.0);
        return m;
    }
}
