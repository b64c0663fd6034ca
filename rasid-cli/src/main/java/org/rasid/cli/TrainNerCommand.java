package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.ner.FeatureGroup;
import org.rasid.ner.NerModel;
import org.rasid.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", description = "Train the named-entity model (PERS, ORG, LOC, MISC) from CoNLL files.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--train", arity = "1..*", required = true, paramLabel = "FILE", description = "CoNLL training files.")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "CoNLL file scored after training.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model directory to write.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffling seed (default 1).")
    long seed;

    @Option(names = "--epochs", defaultValue = "15", description = "Perceptron epochs (default 15).")
    int epochs;

    @Option(names = "--runs", defaultValue = "" + NerTrainer.DEFAULT_RUNS,
            description = "Perceptron runs (differently shuffled) whose weights are averaged (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--bits", defaultValue = "20", description = "Feature table size, 2^bits rows (default 20).")
    int bits;

    @Option(names = "--clusters", defaultValue = "shipped", paramLabel = "FILE|shipped|none",
            description = "Word clusters from 'rasid train clusters' (default: the shipped model's).")
    String clusters;

    @Option(names = "--gazetteers", defaultValue = "shipped", paramLabel = "DIR|shipped|none",
            description = "Folder with geonames_ar_en.tsv and countries_ar_en.tsv (default: the shipped model's).")
    String gazetteers;

    @Option(names = "--pa", defaultValue = "0", paramLabel = "C",
            description = "Passive-aggressive updates (PA-I) with steps capped at C instead of the perceptron's (default 0: perceptron).")
    double aggressiveness;

    @Option(names = "--miss-cost", defaultValue = "0", paramLabel = "K",
            description = "With --pa, train against a cost of K for a wrong label on a name's token, 1 elsewhere (default 0: Hamming loss).")
    double missCost;

    @Option(names = "--learner", defaultValue = "perceptron", paramLabel = "perceptron|crf|mix",
            description = "How the chains are fitted: averaged perceptron (default), a CRF (conditional log-likelihood, AdaGrad), "
                    + "or both mixed into one weight table (--mix).")
    String learner;

    @Option(names = "--mix", defaultValue = "0.5", paramLabel = "A",
            description = "With --learner mix, the perceptron's share of the mixed weights, the CRF's scaled to the perceptron's (default 0.5).")
    double mix;

    @Option(names = "--crf-epochs", defaultValue = "8", paramLabel = "N", description = "With --learner mix, the CRF's epochs (default 8).")
    int crfEpochs;

    @Option(names = "--crf-rate", defaultValue = "0.1", paramLabel = "ETA", description = "With --learner crf or mix, AdaGrad's step size (default 0.1).")
    double crfRate;

    @Option(names = "--crf-l2", defaultValue = "0.001", paramLabel = "L",
            description = "With --learner crf or mix, the L2 penalty per sentence a weight's row occurs in (default 0.001).")
    double crfL2;

    @Option(names = "--stack-folds", defaultValue = "5", paramLabel = "N",
            description = "Blocks the stacked model's training data are cut into, each tagged by a first model of the others (default 5).")
    int stackFolds;

    @Option(names = "--bilou", description = "Learn BILOU labels (last and single-token name labels) instead of BIO; files and tags stay BIO.")
    boolean bilou;

    @Option(names = "--names", arity = "1..*", paramLabel = "FILE",
            description = "CoNLL files of other corpora whose tagged names the EXTERNAL feature group marks (with --with EXTERNAL).")
    List<Path> names = List.of();

    @Option(names = "--without", split = ",", paramLabel = "GROUP", description = "Feature groups to leave out (ablation): ${COMPLETION-CANDIDATES}.")
    List<FeatureGroup> without = List.of();

    @Option(names = "--with", split = ",", paramLabel = "GROUP", description = "Feature groups to add to the default set (SHAPE is off by default).")
    List<FeatureGroup> with = List.of();

    private NerTrainer.Crf crf() {
        return switch (learner) {
            case "perceptron" -> null;
            case "crf" -> new NerTrainer.Crf(crfRate, crfL2);
            case "mix" -> null;
            default -> throw new RasidException(RasidException.Problem.USAGE, "--learner", "expected perceptron, crf or mix, got " + learner);
        };
    }

    @Override
    public Integer call() {
        var groups = EnumSet.copyOf(NerTrainer.DEFAULT_GROUPS);
        groups.addAll(with);
        without.forEach(groups::remove);
        var options = NerTrainer.Options.defaults(train, dev).with(clusters, gazetteers).withSeed(seed)
                .withEpochs(epochs).withGroups(groups).withBits(bits).withRuns(runs)
                .withAggressiveness(aggressiveness).withMissCost(missCost).withNames(names)
                .withBilou(bilou).withCrf(crf())
                .withStackFolds(stackFolds)
                .withMix("mix".equals(learner) ? new NerTrainer.Mix(mix, new NerTrainer.Crf(crfRate, crfL2), crfEpochs) : null);
        long t0 = System.nanoTime();
        NerModel model = NerTrainer.train(options, System.err::println);
        try {
            model.save(out);
        } catch (IOException e) {
            throw new RasidException(RasidException.Problem.UNREADABLE, out.toString(), "cannot write the model: " + e.getMessage());
        }
        System.err.printf("trained in %.1f s, model written to %s%n", (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }
}
