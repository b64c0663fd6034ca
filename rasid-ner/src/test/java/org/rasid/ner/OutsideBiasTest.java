package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outside bias of {@code eval ner} acts on the final labels, also with the stacked second model. */
class OutsideBiasTest {
    private static List<String[]> devSentences() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        return ConllReader.read(Path.of(shared, "data", "anercorp", "dev.conll")).stream()
                .map(s -> s.tokens().toArray(String[]::new)).toList();
    }

    private static long outside(String[][] tags) {
        return Arrays.stream(tags).flatMap(Arrays::stream).filter("O"::equals).count();
    }

    @Test
    void aHugeBiasForcesOrForbidsEntitiesInTheFinalLabels() {
        NerModel shipped = NerModel.shipped();
        assertThat(shipped.second).as("the shipped model is stacked").isNotNull();
        List<String[]> sentences = devSentences();
        long tokens = sentences.stream().mapToInt(s -> s.length).sum();
        long plain = outside(shipped.tagDocument(sentences));
        assertThat(plain).isBetween(tokens / 2, tokens - 1);
        assertThat(outside(shipped.withOutsideBias(1e6f).tagDocument(sentences))).isZero();
        assertThat(outside(shipped.withOutsideBias(-1e6f).tagDocument(sentences))).isEqualTo(tokens);
        assertThat(outside(shipped.withOutsideBias(0).tagDocument(sentences))).isEqualTo(plain);
    }

    @Test
    void aModerateBiasTradesPrecisionForRecall() {
        NerModel shipped = NerModel.shipped();
        List<String[]> sentences = devSentences();
        long plain = outside(shipped.tagDocument(sentences));
        assertThat(outside(shipped.withOutsideBias(20).tagDocument(sentences))).isLessThan(plain);
        assertThat(outside(shipped.withOutsideBias(-20).tagDocument(sentences))).isGreaterThan(plain);
    }
}
