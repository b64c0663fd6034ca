package org.rasid.extract.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.rasid.core.pipeline.Pipeline;

/** Milliseconds spent in each stage over a gold file's articles (second pass, after warm-up). */
public final class StageTimes {
    public static void main(String[] args) {
        var pipeline = Pipeline.standard();
        var gold = GoldReader.read(Path.of(args[0]), Path.of(args[1]));
        var times = new LinkedHashMap<String, Long>();
        for (int pass = 0; pass < Integer.getInteger("passes", 3); pass++) {
            times.clear();
            for (var a : gold) {
                var doc = ExtractEval.toDocument(a);
                for (var stage : pipeline.stages()) {
                    long t = System.nanoTime();
                    doc = stage.process(doc);
                    times.merge(stage.name(), System.nanoTime() - t, Long::sum);
                }
            }
        }
        times.forEach((k, v) -> System.out.println(k + "\t" + v / 1_000_000 + " ms"));
    }
}
