package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.RasidException;

class NerTrainerTest {
    private static final String TINY = """
            قال O
            الرئيس O
            سامي B-PERS
            عادل I-PERS
            في O
            القاهرة B-LOC
            
            زار O
            وفد O
            منظمة B-ORG
            الصحة I-ORG
            العالمية I-ORG
            دمشق B-LOC
            
            وصل O
            سامي B-PERS
            عادل I-PERS
            إلى O
            دمشق B-LOC
            
            """;

    private static NerModel train(Path data, long seed) {
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5).withSeed(seed);
        return NerTrainer.train(o, line -> { });
    }

    @Test
    void sameSeedSameModelByteForByte(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        train(data, 7).save(tmp.resolve("a"));
        train(data, 7).save(tmp.resolve("b"));
        for (String f : List.of(NerModel.WEIGHTS, NerModel.LEXICON, NerModel.GAZETTEER)) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
    }

    @Test
    void learnsTheTrainingDataAndSurvivesSaveAndLoad(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        train(data, 1).save(tmp.resolve("m"));
        NerModel loaded = NerModel.load(tmp.resolve("m"));
        assertThat(loaded.tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void missingModelIsAClearError(@TempDir Path tmp) {
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("nowhere")))
                .isInstanceOf(RasidException.class).hasMessageContaining("no NER model here");
    }

    @Test
    void corruptModelIsAClearError(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        train(data, 1).save(tmp.resolve("m"));
        Path weights = tmp.resolve("m").resolve(NerModel.WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("m")))
                .isInstanceOf(RasidException.class)
                .satisfies(e -> assertThat(((RasidException) e).problem()).isEqualTo(RasidException.Problem.MODEL))
                .hasMessageContaining(NerModel.WEIGHTS);
    }
}
