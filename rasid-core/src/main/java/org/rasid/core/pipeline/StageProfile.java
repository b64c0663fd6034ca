package org.rasid.core.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.Document;

/**
 * CPU time each stage of a pipeline spends on a list of documents, measured on the calling thread, so the
 * figures are per core whatever else the machine runs.
 */
public final class StageProfile {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * Seconds per stage name in pipeline order, the analysed documents, and how many documents a stage failed on
     * (left out of both).
     */
    public record Result(Map<String, Double> secondsByStage, List<Document> analysed, int failedDocuments) {
        public double totalSeconds() {
            return secondsByStage.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private StageProfile() {
    }

    public static Result measure(Pipeline pipeline, List<Document> docs) {
        var nanos = new LinkedHashMap<String, Long>();
        pipeline.stages().forEach(s -> nanos.put(s.name(), 0L));
        int failed = 0;
        var analysed = new ArrayList<Document>();
        for (Document doc : docs) {
            var spent = new LinkedHashMap<String, Long>();
            try {
                for (Stage stage : pipeline.stages()) {
                    long t = CPU.getCurrentThreadCpuTime();
                    doc = stage.process(doc);
                    spent.put(stage.name(), CPU.getCurrentThreadCpuTime() - t);
                }
                spent.forEach((name, n) -> nanos.merge(name, n, Long::sum));
                analysed.add(doc);
            } catch (RuntimeException e) {
                failed++;
            }
        }
        var seconds = new LinkedHashMap<String, Double>();
        nanos.forEach((name, n) -> seconds.put(name, n / 1e9));
        return new Result(seconds, analysed, failed);
    }
}
