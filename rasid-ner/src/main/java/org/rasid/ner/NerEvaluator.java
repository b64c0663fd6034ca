package org.rasid.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Tags gold CoNLL sentences as given (no re-tokenization) and scores exact entity spans like conlleval. */
public final class NerEvaluator {
    /**
     * Scores with the tagging time (CPU seconds of the one tagging thread, so other load on the machine does not
     * count; feature extraction included, file reading excluded), and the
     * predictions as CoNLL {@code token gold predicted} for error analysis.
     */
    public record Result(Scores scores, int tokens, double seconds, String predictions) {
        public String toJson() {
            var mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.set("micro", prf(mapper, scores.micro(), false));
            ObjectNode per = root.putObject("per_type");
            scores.perType().forEach((type, prf) -> per.set(type, prf(mapper, prf, true)));
            root.put("tokens", tokens);
            root.put("seconds", Math.round(seconds * 1000) / 1000.0);
            root.put("tokens_per_second", seconds == 0 ? 0 : Math.round(tokens / seconds));
            return root.toString();
        }

        private static ObjectNode prf(ObjectMapper mapper, Scores.Prf prf, boolean support) {
            ObjectNode n = mapper.createObjectNode().put("p", prf.p()).put("r", prf.r()).put("f1", prf.f1());
            return support ? n.put("support", prf.support()) : n;
        }
    }

    private NerEvaluator() {
    }

    public static Result evaluate(NerModel model, Path gold) {
        return evaluate(model, ConllReader.read(gold));
    }

    static Result evaluate(NerModel model, List<LabeledSentence> gold) {
        var scorer = new EntityScorer();
        String[][] predicted;
        int tokens = 0;
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        // the file is one document: sentences are in story order, as the analyze stage sees them
        predicted = model.tagDocument(gold.stream().map(s -> s.tokens().toArray(String[]::new)).toList());
        for (String[] p : predicted) {
            tokens += p.length;
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        var conll = new StringBuilder();
        for (int i = 0; i < gold.size(); i++) {
            LabeledSentence s = gold.get(i);
            scorer.add(s.tags(), Arrays.asList(predicted[i]));
            for (int k = 0; k < s.size(); k++) {
                conll.append(s.tokens().get(k)).append(' ').append(s.tags().get(k)).append(' ').append(predicted[i][k]).append('\n');
            }
            conll.append('\n');
        }
        return new Result(scorer.scores(), tokens, seconds, conll.toString());
    }
}
