package org.rasid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.ner.ClusterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clusters", description = "Learn word clusters from raw news (JSON lines with title/content) for the NER model.")
final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "JSON lines, gzipped or not.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Clusters file to write (.tsv.gz).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Override
    public Integer call() {
        var d = ClusterTrainer.Options.defaults();
        var options = new ClusterTrainer.Options(d.minCount(), d.maxVocab(), d.contexts(), d.ppmiDim(), d.skipGramDim(),
                d.branching(), d.rounds(), d.minLexicon(), seed);
        long t0 = System.nanoTime();
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                new ClusterTrainer(options, System.err::println).train(corpus, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, e.getFile(), "no such file");
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, corpus.toString(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing half-written is left unless the disk itself fails
            }
        }
        System.err.printf("clusters written to %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
