package org.rasid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.text.segment.LexiconBuilder;
import org.rasid.text.segment.WeightFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "segmenter", description = "Build the segmenter lexicon (word classes from Ayaspell, word counts from news) and fit its weights on gold.")
final class TrainSegmenterCommand implements Callable<Integer> {
    @Option(names = "--news", required = true, paramLabel = "FILE", description = "News corpus, JSON lines with `content` (.jsonl or .jsonl.gz).")
    Path news;

    @Option(names = "--hunspell", required = true, paramLabel = "DIC", description = "Ayaspell ar.dic.")
    Path hunspell;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .tsv.gz, e.g. rasid-text/src/main/resources/org/rasid/text/segment/segmenter-lexicon.tsv.gz")
    Path out;

    @Option(names = "--gold", paramLabel = "TSV", description = "Farasa-style gold to fit the scorer's weights on (WikiNews dev).")
    Path gold;

    @Option(names = "--weights", paramLabel = "FILE", description = "Where to write the fitted weights, e.g. rasid-text/src/main/resources/org/rasid/text/segment/segmenter-weights.tsv")
    Path weights;

    @Option(names = "--l2", defaultValue = "0.3", description = "L2 penalty of the weight fit (default 0.3).")
    double l2;

    @Option(names = "--min-count", defaultValue = "2", description = "Keep corpus words seen at least this often (default 2).")
    int minCount;

    @Override
    public Integer call() {
        for (Path p : new Path[] {news, hunspell}) {
            if (!Files.isRegularFile(p)) {
                throw new RasidException(Problem.NOT_FOUND, p.toString(), "no such file");
            }
        }
        if ((gold == null) != (weights == null)) {
            throw new RasidException(Problem.USAGE, "--gold", "--gold and --weights go together");
        }
        if (gold != null && !Files.isRegularFile(gold)) {
            throw new RasidException(Problem.NOT_FOUND, gold.toString(), "no such file");
        }
        var builder = new LexiconBuilder().readHunspell(hunspell).countNews(news);
        int forms = replace(out, o -> builder.write(o, minCount));
        System.out.printf("{\"out\":\"%s\",\"forms\":%d,\"bytes\":%d}%n", out, forms, size(out));
        if (gold != null) {
            replace(weights, o -> {
                var w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                WeightFitter.fit(out, gold, l2, w);
                return 0;
            });
            System.out.printf("{\"weights\":\"%s\",\"gold\":\"%s\",\"l2\":%s}%n", weights, gold, l2);
        }
        return 0;
    }

    private interface Writing {
        int to(OutputStream out) throws IOException;
    }

    /** Writes a file through a temporary sibling, so that a failure leaves the old file in place. */
    private static int replace(Path file, Writing writing) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".train", ".tmp");
            int n;
            try (var o = Files.newOutputStream(tmp)) {
                n = writing.to(o);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, file.toString(), "cannot write: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
