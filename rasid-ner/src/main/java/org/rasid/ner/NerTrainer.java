package org.rasid.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Trains a {@link NerModel} from CoNLL files with the averaged perceptron (or a CRF); deterministic for a seed. */
public final class NerTrainer {
    /**
     * What to train from. {@code clusters} is a file made by {@link ClusterTrainer}, "shipped" (the shipped
     * model's) or "none"; {@code gazetteers} the folder with the GeoNames and country lists, "shipped" or "none".
     */
    public record Options(List<Path> train, Path dev, String clusters, String gazetteers, Set<FeatureGroup> groups,
                          int epochs, int bits, long seed, int runs, double aggressiveness,
                          double missCost, List<Path> names, Encoding encoding, Crf crf, Mix mix, int stackFolds) {
        public static Options defaults(List<Path> train, Path dev) {
            return new Options(train, dev, "shipped", "shipped", DEFAULT_GROUPS, 15, 20, 1, DEFAULT_RUNS, 0, 0, List.of(), Encoding.BIO, null, null, DEFAULT_STACK_FOLDS);
        }

        public Options with(String newClusters, String newGazetteers) {
            return new Options(train, dev, newClusters, newGazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        public Options withSeed(long newSeed) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, newSeed, runs, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        public Options withEpochs(int n) {
            return new Options(train, dev, clusters, gazetteers, groups, n, bits, seed, runs, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        public Options withBits(int b) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, b, seed, runs, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        public Options withGroups(Set<FeatureGroup> g) {
            return new Options(train, dev, clusters, gazetteers, g, epochs, bits, seed, runs, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        /** Averages the weights of {@code n} runs over differently shuffled data (seeds seed, seed + 1, ...). */
        public Options withRuns(int n) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, n, aggressiveness, missCost, names, encoding, crf, mix, stackFolds);
        }

        /**
         * Passive-aggressive updates (PA-I, Crammer et al. 2006) capped at {@code c} instead of the perceptron's
         * unit step; 0 keeps the perceptron.
         */
        public Options withAggressiveness(double c) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, c, missCost, names, encoding, crf, mix, stackFolds);
        }

        /**
         * With passive-aggressive updates, training decodes against a cost (margin rescaling): a wrong label costs
         * {@code k} on a token of a name, 1 elsewhere, so a missed name asks for a larger margin than a spurious
         * one; 0 decodes plainly with the Hamming loss.
         */
        public Options withMissCost(double k) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, k, names, encoding, crf, mix, stackFolds);
        }

        /**
         * CoNLL files of other corpora whose tagged names make the list of {@link FeatureGroup#EXTERNAL} (read only
         * with that group).
         */
        public Options withNames(List<Path> files) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost,
                    List.copyOf(files), encoding, crf, mix, stackFolds);
        }

        /**
         * Whether the chains learn BILOU labels ({@code true}: B, I, L of a longer name and U of a one-token name)
         * instead of BIO; the files read and the tags given stay BIO.
         */
        public Options withBilou(boolean bilou) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost,
                    names, bilou ? Encoding.BILOU : Encoding.BIO, crf, mix, stackFolds);
        }

        /** Fits the chains as a CRF with these settings instead of the perceptron (null: the perceptron). */
        public Options withCrf(Crf settings) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost,
                    names, encoding, settings, mix, stackFolds);
        }

        /**
         * Trains every chain with both learners and keeps their weighted sum ({@link ChainMix}; null: one learner).
         */
        public Options withMix(Mix settings) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost,
                    names, encoding, crf, settings, stackFolds);
        }

        /** How many blocks the second model's training data are cut into, each tagged by a model of the others. */
        public Options withStackFolds(int n) {
            return new Options(train, dev, clusters, gazetteers, groups, epochs, bits, seed, runs, aggressiveness, missCost,
                    names, encoding, crf, mix, n);
        }
    }

    /**
     * The CRF learner's settings ({@link CrfTrainer}): AdaGrad's step size and the L2 penalty on a weight for each
     * sentence its row occurs in.
     */
    public record Crf(double rate, double l2) {
    }

    /**
     * The mixed learner's settings: the perceptron's share of the mixed weights (the CRF gets the rest, both on the
     * perceptron's scale: {@link ChainMix}), the CRF's settings and its epochs (the perceptron keeps the options').
     */
    public record Mix(double share, Crf crf, int crfEpochs) {
    }

    /**
     * Perceptron runs averaged into the shipped model. The scores are linear in the weights, so the average of
     * several runs is an ensemble that tags as fast as one model and is no bigger.
     */
    public static final int DEFAULT_RUNS = 3;

    /**
     * The groups the shipped model uses: all but the shape, which measured redundant with the stem, affixes and
     * trigrams, and the names of other corpora, which need {@code --names} (measured: docs/ner.md). The word itself,
     * dropped with the shape on dev, came back by six-fold cross-validation.
     */
    public static final Set<FeatureGroup> DEFAULT_GROUPS = java.util.Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(FeatureGroup.SHAPE, FeatureGroup.EXTERNAL)));

    /**
     * Blocks of training sentences for the jackknifed name list: each block is featurized with the list of the
     * others, so the model sees names missing from the list as often as unseen names will be at tagging time.
     */
    static final int FOLDS = 10;
    /** Blocks for the cross-validated first passes the second model learns from. */
    static final int DEFAULT_STACK_FOLDS = 5;

    private NerTrainer() {
    }

    /** Trains; {@code log} receives one line per epoch (with dev F1 when a dev file is given). */
    public static NerModel train(Options o, Consumer<String> log) {
        if (o.stackFolds() < 2) {
            throw new RasidException(Problem.USAGE, "--stack-folds", "the second model's data need at least 2 blocks");
        }
        if (o.runs() < 1 || o.epochs() < 1) {
            throw new RasidException(Problem.USAGE, "--runs/--epochs", "need at least one run of one epoch");
        }
        if (o.mix() != null && (!(o.mix().share() >= 0 && o.mix().share() <= 1) || o.mix().crfEpochs() < 1)) {
            throw new RasidException(Problem.USAGE, "--mix", "the perceptron's share is from 0 to 1 and the CRF needs an epoch");
        }
        Lexicon lexicon = switch (o.clusters()) {
            case "none" -> Lexicon.EMPTY;
            case "shipped" -> NerModel.shipped().lexicon;
            default -> readLexicon(Path.of(o.clusters()));
        };
        Gazetteer gazetteer = switch (o.gazetteers()) {
            case "none" -> Gazetteer.EMPTY;
            case "shipped" -> NerModel.shipped().gazetteer;
            default -> readGazetteer(Path.of(o.gazetteers()));
        };
        var sentences = new ArrayList<LabeledSentence>();
        o.train().forEach(p -> sentences.addAll(ConllReader.read(p)));
        List<LabeledSentence> dev = o.dev() == null ? List.of() : ConllReader.read(o.dev());
        EntityList external = EntityList.EMPTY;
        if (o.groups().contains(FeatureGroup.EXTERNAL)) {
            if (o.names().isEmpty()) {
                throw new RasidException(Problem.USAGE, "--names", "the EXTERNAL feature group needs --names FILE...");
            }
            external = externalNames(o.names(), lexicon, gazetteer, o);
            log.accept("external names: " + external.size() + " from " + o.names().size() + " files");
        }
        NerModel model = fit(sentences, lexicon, gazetteer, external, o, log);
        if (!dev.isEmpty()) {
            log.accept("dev " + NerEvaluator.evaluate(model, dev).toJson());
        }
        return model;
    }

    /**
     * The names tagged in other corpora, as stems with per-type counts (and how often they occur there untagged),
     * like the training names' list; the same list serves training and tagging, as none of it comes from the
     * training sentences.
     */
    private static EntityList externalNames(List<Path> files, Lexicon lexicon, Gazetteer gazetteer, Options o) {
        var shell = new NerModel(o.groups(), o.bits(), new LinearChain(1), null, lexicon, gazetteer, EntityList.EMPTY);
        var stems = new ArrayList<String[]>();
        var tags = new ArrayList<List<String>>();
        for (Path f : files) {
            for (LabeledSentence s : ConllReader.read(f)) {
                stems.add(s.tokens().stream().map(shell.features::stem).toArray(String[]::new));
                tags.add(s.tags());
            }
        }
        return EntityList.build(stems, tags);
    }

    private static NerModel fit(List<LabeledSentence> sentences, Lexicon lexicon, Gazetteer gazetteer, EntityList external,
                                Options o, Consumer<String> log) {
        var shell = new NerModel(o.groups(), o.bits(), new LinearChain(1), null, lexicon, gazetteer, EntityList.EMPTY,
                external);
        List<String[]> stems = sentences.stream()
                .map(s -> s.tokens().stream().map(shell.features::stem).toArray(String[]::new)).toList();
        List<List<String>> tags = sentences.stream().map(LabeledSentence::tags).toList();
        boolean named = o.groups().contains(FeatureGroup.ENTITIES);
        EntityList names = named ? EntityList.build(stems, tags) : EntityList.EMPTY;
        EntityList[] folds = named ? EntityList.jackknifed(stems, tags, FOLDS) : null;
        var examples = new ArrayList<PerceptronTrainer.Example>();
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            int[] gold = o.encoding().fromBio(s.tags().stream().mapToInt(Labels::index).toArray());
            EntityList seen = named ? folds[EntityList.fold(i, sentences.size(), FOLDS)] : EntityList.EMPTY;
            examples.add(new PerceptronTrainer.Example(shell.features.extract(s.tokens().toArray(String[]::new), seen), gold));
        }
        log.accept("training on " + sentences.size() + " sentences, " + examples.stream().mapToInt(e -> e.gold().length).sum()
                + " tokens, lexicon " + lexicon.size() + " forms, gazetteer " + gazetteer.size() + " names, " + names.size() + " training names");
        LinearChain chain = averagedRuns(examples, o, "", log);
        LinearChain second = null;
        if (o.groups().contains(FeatureGroup.STACK)) {
            second = averagedRuns(stackedExamples(sentences, stems, examples, lexicon, gazetteer, external, o, log), o,
                    "second model ", log);
        }
        return new NerModel(o.groups(), o.bits(), chain, second, lexicon, gazetteer, names, external);
    }

    private static LinearChain averagedRuns(List<PerceptronTrainer.Example> examples, Options o, String what,
                                            Consumer<String> log) {
        if (o.mix() != null) {
            Options one = o.withMix(null);
            LinearChain perceptron = averagedRuns(examples, one.withCrf(null), what + "perceptron ", log);
            LinearChain crf = averagedRuns(examples, one.withCrf(o.mix().crf()).withEpochs(o.mix().crfEpochs()), what + "crf ", log);
            var mixed = ChainMix.mix(perceptron, crf, o.mix().share(), examples);
            log.accept(what + "mix: " + mixed.describe());
            return mixed.chain();
        }
        LinearChain chain = null;
        for (int run = 0; run < o.runs(); run++) {
            String prefix = what + "run " + (run + 1) + " epoch ";
            java.util.function.IntConsumer done = epoch -> log.accept(prefix + epoch + " done");
            LinearChain one = o.crf() == null
                    ? new PerceptronTrainer(o.epochs(), o.seed() + run, o.aggressiveness(), o.missCost())
                            .train(examples, 1 << o.bits(), o.encoding(), done)
                    : new CrfTrainer(o.epochs(), o.seed() + run, o.crf().rate(), o.crf().l2())
                            .train(examples, 1 << o.bits(), o.encoding(), done);
            chain = chain == null ? one : chain.plus(one);
        }
        return chain.scaled(1f / o.runs());
    }

    /**
     * The training data of the second model: each of {@code o.stackFolds()} contiguous blocks is tagged by a first
     * model trained on the other blocks (one run), so the stacked features are as wrong as on unseen news.
     */
    private static List<PerceptronTrainer.Example> stackedExamples(List<LabeledSentence> sentences, List<String[]> stems,
            List<PerceptronTrainer.Example> examples, Lexicon lexicon, Gazetteer gazetteer, EntityList external, Options o,
            Consumer<String> log) {
        var firstOnly = EnumSet.copyOf(o.groups());
        firstOnly.remove(FeatureGroup.STACK);
        Options inner = o.withGroups(firstOnly).withRuns(1);
        int n = sentences.size();
        var out = new ArrayList<PerceptronTrainer.Example>();
        for (int f = 0; f < o.stackFolds(); f++) {
            var rest = new ArrayList<LabeledSentence>();
            var held = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) {
                if (EntityList.fold(i, n, o.stackFolds()) == f) {
                    held.add(i);
                } else {
                    rest.add(sentences.get(i));
                }
            }
            log.accept("first pass over block " + (f + 1) + " of " + o.stackFolds());
            NerModel m = fit(rest, lexicon, gazetteer, external, inner, line -> { });
            int[][] first = new int[held.size()][];
            String[][] heldStems = new String[held.size()][];
            for (int j = 0; j < held.size(); j++) {
                first[j] = m.chain.bio(m.chain.decode(m.features.extract(sentences.get(held.get(j)).tokens().toArray(String[]::new))));
                heldStems[j] = stems.get(held.get(j));
            }
            int[][][] rows = StackFeatures.rows(heldStems, first, NerModel.CONSISTENCY_WINDOW, o.bits());
            for (int j = 0; j < held.size(); j++) {
                PerceptronTrainer.Example e = examples.get(held.get(j));
                out.add(new PerceptronTrainer.Example(StackFeatures.join(e.features(), rows[j]), e.gold()));
            }
        }
        return out;
    }

    private static Gazetteer readGazetteer(Path dir) {
        try {
            return Gazetteer.fromGeoNames(dir);
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, e.getFile(), "no such gazetteer file");
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, dir.toString(), e.getMessage());
        }
    }

    private static Lexicon readLexicon(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Lexicon.read(new java.io.BufferedInputStream(in), file.toString());
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, file.toString(), "no such clusters file");
        } catch (IOException e) {
            throw new RasidException(Problem.MODEL, file.toString(), "not a clusters file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new RasidException(Problem.MODEL, file.toString(), "corrupt clusters file");
        }
    }
}
