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
        for (String f : List.of(NerModel.WEIGHTS, NerModel.LEXICON, NerModel.GAZETTEER, NerModel.ENTITIES, NerModel.SECOND)) {
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
    void evaluationPrintsOneJsonLineWithTheDocumentedFields(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        String json = NerEvaluator.evaluate(train(data, 1), data).toJson();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(json).doesNotContain("\n");
        assertThat(node.at("/micro/f1").asDouble()).isEqualTo(100.0);
        assertThat(node.at("/per_type/PERS/support").asInt()).isEqualTo(2);
        assertThat(node.at("/per_type/MISC/support").asInt()).isZero();
        assertThat(node.get("tokens").asInt()).isEqualTo(17);
        assertThat(node.has("seconds") && node.has("tokens_per_second")).isTrue();
    }

    @Test
    void missingModelIsAClearError(@TempDir Path tmp) {
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("nowhere")))
                .isInstanceOf(RasidException.class).hasMessageContaining("no NER model here");
    }

    @Test
    void averagedRunsAreReproducibleAndStillLearnTheData(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5);
        NerModel one = NerTrainer.train(o.withRuns(1), line -> { });
        NerModel two = NerTrainer.train(o.withRuns(2), line -> { });
        assertThat(two.chain.weights).isNotEqualTo(one.chain.weights)
                .isEqualTo(NerTrainer.train(o.withRuns(2), line -> { }).chain.weights);
        assertThat(two.tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void passiveAggressiveUpdatesAreReproducibleAndLearnTheData(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5);
        NerModel perceptron = NerTrainer.train(o, line -> { });
        NerModel pa = NerTrainer.train(o.withAggressiveness(1), line -> { });
        assertThat(pa.chain.weights).isNotEqualTo(perceptron.chain.weights)
                .isEqualTo(NerTrainer.train(o.withAggressiveness(1), line -> { }).chain.weights);
        assertThat(pa.second.weights).isEqualTo(NerTrainer.train(o.withAggressiveness(1), line -> { }).second.weights);
        assertThat(pa.tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void theCrfLearnerIsReproducibleAndLearnsTheData(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY.repeat(4));
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5)
                .withCrf(new NerTrainer.Crf(0.5, 0.001));
        NerModel crf = NerTrainer.train(o, line -> { });
        assertThat(crf.chain.weights).isNotEqualTo(NerTrainer.train(o.withCrf(null), line -> { }).chain.weights);
        crf.save(tmp.resolve("a"));
        NerTrainer.train(o, line -> { }).save(tmp.resolve("b"));
        for (String f : List.of(NerModel.WEIGHTS, NerModel.SECOND)) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        assertThat(NerModel.load(tmp.resolve("a")).tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void theMixedLearnerIsReproducibleLearnsTheDataAndDiffersFromBothParts(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY.repeat(4));
        var crfSettings = new NerTrainer.Crf(0.5, 0.001);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5)
                .withMix(new NerTrainer.Mix(0.5, crfSettings, 4));
        NerModel mixed = NerTrainer.train(o, line -> { });
        NerModel perceptron = NerTrainer.train(o.withMix(null), line -> { });
        NerModel crf = NerTrainer.train(o.withMix(null).withCrf(crfSettings).withEpochs(4), line -> { });
        assertThat(mixed.chain.weights).isNotEqualTo(perceptron.chain.weights).isNotEqualTo(crf.chain.weights);
        // share 1 is the perceptron's recipe, stacked model included
        NerModel all = NerTrainer.train(o.withMix(new NerTrainer.Mix(1, crfSettings, 4)), line -> { });
        assertThat(all.chain.weights).isEqualTo(perceptron.chain.weights);
        assertThat(all.second.weights).isEqualTo(perceptron.second.weights);
        mixed.save(tmp.resolve("a"));
        NerTrainer.train(o, line -> { }).save(tmp.resolve("b"));
        for (String f : List.of(NerModel.WEIGHTS, NerModel.SECOND)) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        assertThat(NerModel.load(tmp.resolve("a")).tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
        assertThatThrownBy(() -> NerTrainer.train(o.withMix(new NerTrainer.Mix(1.5, crfSettings, 4)), line -> { }))
                .isInstanceOf(RasidException.class).hasMessageContaining("share");
    }

    @Test
    void moreStackFoldsChangeOnlyTheSecondModelReproducibly(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY.repeat(4));
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5);
        NerModel five = NerTrainer.train(o, line -> { });
        NerModel three = NerTrainer.train(o.withStackFolds(3), line -> { });
        assertThat(three.chain.weights).isEqualTo(five.chain.weights);
        assertThat(three.second.weights).isNotEqualTo(five.second.weights)
                .isEqualTo(NerTrainer.train(o.withStackFolds(3), line -> { }).second.weights);
        assertThatThrownBy(() -> NerTrainer.train(o.withStackFolds(1), line -> { }))
                .isInstanceOf(RasidException.class).hasMessageContaining("2 blocks");
    }

    @Test
    void aMissCostChangesTheModelReproducibly(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5)
                .withAggressiveness(1);
        NerModel costed = NerTrainer.train(o.withMissCost(3), line -> { });
        assertThat(costed.chain.weights).isNotEqualTo(NerTrainer.train(o, line -> { }).chain.weights)
                .isEqualTo(NerTrainer.train(o.withMissCost(3), line -> { }).chain.weights);
        assertThat(costed.tag(new String[] {"وصل", "سامي", "عادل", "إلى", "دمشق"}))
                .containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC");
    }

    @Test
    void passiveAggressiveStepsAreCappedAtTheAggressiveness(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(1).withRuns(1);
        // a cap far below every PA-I step makes each update the perceptron's, scaled by the cap
        NerModel perceptron = NerTrainer.train(o, line -> { });
        NerModel capped = NerTrainer.train(o.withAggressiveness(1.0 / 1024), line -> { });
        for (int i = 0; i < perceptron.chain.transitions.length; i++) {
            assertThat(capped.chain.transitions[i] * 1024).isCloseTo(perceptron.chain.transitions[i], org.assertj.core.data.Offset.offset(1e-3f));
        }
    }

    @Test
    void aModelTrainedWithTheNameListNeedsItsFile(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        NerModel model = train(data, 1);
        assertThat(model.groups()).contains(FeatureGroup.ENTITIES);
        String who = String.join(" ", java.util.stream.Stream.of("منظمة", "الصحة", "العالمية").map(model.features::stem).toList());
        assertThat(model.entities.counts(who)).containsExactly(0, 1, 0, 0, 0);
        model.save(tmp.resolve("m"));
        Files.delete(tmp.resolve("m").resolve(NerModel.ENTITIES));
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("m")))
                .isInstanceOf(RasidException.class).hasMessageContaining(NerModel.ENTITIES);
    }

    @Test
    void theSecondModelIsSavedAndLoadedWithTheFirst(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY.repeat(4));
        NerModel model = train(data, 1);
        assertThat(model.second).isNotNull();
        model.save(tmp.resolve("m"));
        NerModel loaded = NerModel.load(tmp.resolve("m"));
        assertThat(loaded.second.weights).isEqualTo(NerModel.load(tmp.resolve("m")).second.weights);
        var doc = List.of(new String[] {"زار", "سامي", "عادل", "دمشق"}, new String[] {"وصل", "سامي", "إلى", "القاهرة"});
        assertThat(loaded.tagDocument(doc)).isDeepEqualTo(model.tagDocument(doc));
        Files.delete(tmp.resolve("m").resolve(NerModel.SECOND));
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("m")))
                .isInstanceOf(RasidException.class).hasMessageContaining(NerModel.SECOND);
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

    @Test
    void bilouTrainsReproduciblyTagsBioAndSurvivesSaveAndLoad(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY.repeat(4));
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5)
                .withBilou(true);
        NerModel model = NerTrainer.train(o, line -> { });
        assertThat(model.chain.encoding).isEqualTo(Encoding.BILOU);
        assertThat(model.second.encoding).isEqualTo(Encoding.BILOU);
        model.save(tmp.resolve("a"));
        NerTrainer.train(o, line -> { }).save(tmp.resolve("b"));
        for (String f : List.of(NerModel.WEIGHTS, NerModel.SECOND)) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        NerModel loaded = NerModel.load(tmp.resolve("a"));
        assertThat(loaded.chain.encoding).isEqualTo(Encoding.BILOU);
        String[] sentence = {"زار", "وفد", "منظمة", "الصحة", "العالمية", "دمشق"};
        assertThat(loaded.tag(sentence)).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC");
        assertThat(loaded.tagDocument(List.<String[]>of(sentence))[0]).containsExactly(model.tagDocument(List.<String[]>of(sentence))[0]);
    }

    @Test
    void externalNamesAreListedSavedAndNeededByTheModel(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("tiny.conll"), TINY);
        Path other = Files.writeString(tmp.resolve("other.conll"), """
                لعب O
                نادي B-ORG
                الهلال I-ORG
                في O
                الرياض B-LOC

                """);
        var groups = java.util.EnumSet.copyOf(NerTrainer.DEFAULT_GROUPS);
        groups.add(FeatureGroup.EXTERNAL);
        var o = NerTrainer.Options.defaults(List.of(data), null).with("none", "none").withBits(16).withEpochs(5)
                .withGroups(groups);
        assertThatThrownBy(() -> NerTrainer.train(o, line -> { })).isInstanceOf(RasidException.class).hasMessageContaining("--names");
        NerModel model = NerTrainer.train(o.withNames(List.of(other)), line -> { });
        String club = model.features.stem("نادي") + " " + model.features.stem("الهلال");
        assertThat(model.external.counts(club)).containsExactly(0, 1, 0, 0, 0);
        assertThat(model.entities.counts(club)).as("not a training name").isNull();
        assertThat(model.chain.weights).isNotEqualTo(NerTrainer.train(o.withGroups(NerTrainer.DEFAULT_GROUPS), line -> { }).chain.weights);
        model.save(tmp.resolve("m"));
        assertThat(NerModel.load(tmp.resolve("m")).external.counts(club)).containsExactly(0, 1, 0, 0, 0);
        Files.delete(tmp.resolve("m").resolve(NerModel.EXTERNAL));
        assertThatThrownBy(() -> NerModel.load(tmp.resolve("m")))
                .isInstanceOf(RasidException.class).hasMessageContaining(NerModel.EXTERNAL);
        NerTrainer.train(o.withGroups(NerTrainer.DEFAULT_GROUPS), line -> { }).save(tmp.resolve("m"));
        assertThat(tmp.resolve("m").resolve(NerModel.EXTERNAL)).as("no stale list of an earlier model").doesNotExist();
    }
}
