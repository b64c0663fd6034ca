package org.rasid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.text.segment.GoldEvaluation;
import org.rasid.text.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "segment", description = "Word accuracy of the clitic segmenter on a Farasa-style gold TSV; prints one JSON line.")
final class EvalSegmentCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.tsv", description = "Header line, then `segments<TAB>tags` per word (e.g. WikiNews).")
    Path gold;

    @Option(names = "--misses", defaultValue = "0", description = "Also list up to this many misclassified words.")
    int misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new RasidException(Problem.NOT_FOUND, gold.toString(), "no such file");
        }
        var segmenter = Segmenter.standard();
        GoldEvaluation.run(segmenter, gold, 0); // warm-up, so that words/s measures the segmenter, not class loading
        var r = GoldEvaluation.run(segmenter, gold, misses);
        var json = new LinkedHashMap<String, Object>();
        json.put("gold", gold.toString());
        json.put("words", r.words());
        json.put("correct", r.correct());
        json.put("word_accuracy", Math.round(r.accuracy() * 1e5) / 1e5);
        json.put("words_per_second", Math.round(r.wordsPerSecond()));
        if (misses > 0) {
            json.put("misses", r.misses());
        }
        System.out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }
}
