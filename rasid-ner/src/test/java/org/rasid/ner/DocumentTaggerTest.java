package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document-level pass on the first 300 sentences of ANERcorp dev, tagged by the shipped model. */
class DocumentTaggerTest {
    private static List<String[]> devSentences() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        return ConllReader.read(Path.of(shared, "data", "anercorp", "dev.conll")).stream().limit(300)
                .map(s -> s.tokens().toArray(String[]::new)).toList();
    }

    @Test
    void withoutWeightEachSentenceIsTaggedAlone() {
        NerModel model = NerModel.shipped();
        List<String[]> sentences = devSentences();
        int[][] labels = new DocumentTagger(model, 0, NerModel.CONSISTENCY_WINDOW).tag(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            assertThat(labels[s]).isEqualTo(model.chain.decode(model.features.extract(sentences.get(s))));
        }
    }

    @Test
    void aStrongWeightTagsEveryMentionOfANameTaggedNearby() {
        NerModel shipped = NerModel.shipped();
        // the bonus serves models without the stacked second model
        NerModel model = new NerModel(shipped.groups, shipped.bits, shipped.chain, null, shipped.lexicon, shipped.gazetteer,
                shipped.entities);
        List<String[]> sentences = devSentences();
        int window = NerModel.CONSISTENCY_WINDOW;
        var stems = new java.util.ArrayList<String>();
        var first = new java.util.ArrayList<Integer>();
        for (String[] s : sentences) {
            int[] labels = model.chain.decode(model.features.extract(s));
            for (int i = 0; i < s.length; i++) {
                stems.add(model.features.stem(s[i]));
                first.add(labels[i]);
            }
        }
        int[][] second = new DocumentTagger(model, 1e6f, window).tag(sentences);
        int g = 0, changed = 0;
        for (int[] sentence : second) {
            for (int label : sentence) {
                boolean namedNearby = false;
                for (int k = Math.max(0, g - window); k <= Math.min(stems.size() - 1, g + window); k++) {
                    namedNearby |= k != g && first.get(k) != 0 && stems.get(k).equals(stems.get(g))
                            && Character.isLetter(stems.get(g).charAt(0)) && stems.get(g).length() >= 2;
                }
                if (namedNearby) {
                    assertThat(label).as("token %d (%s)", g, stems.get(g)).isNotZero();
                    changed += first.get(g) == 0 ? 1 : 0;
                }
                g++;
            }
        }
        assertThat(changed).as("mentions the first pass missed").isPositive();
    }
}
