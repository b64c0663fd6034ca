package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.text.segment.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "segmenter", description = "Build the segmenter lexicon (word classes from Ayaspell, word counts from news).")
final class TrainSegmenterCommand implements Callable<Integer> {
    @Option(names = "--news", required = true, paramLabel = "FILE", description = "News corpus, JSON lines with `content` (.jsonl or .jsonl.gz).")
    Path news;

    @Option(names = "--hunspell", required = true, paramLabel = "DIC", description = "Ayaspell ar.dic.")
    Path hunspell;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .tsv.gz, e.g. rasid-text/src/main/resources/org/rasid/text/segment/segmenter-lexicon.tsv.gz")
    Path out;

    @Option(names = "--min-count", defaultValue = "2", description = "Keep corpus words seen at least this often (default 2).")
    int minCount;

    @Override
    public Integer call() {
        for (Path p : new Path[] {news, hunspell}) {
            if (!Files.isRegularFile(p)) {
                throw new RasidException(Problem.NOT_FOUND, p.toString(), "no such file");
            }
        }
        var builder = new LexiconBuilder().readHunspell(hunspell).countNews(news);
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".lexicon", ".tmp");
            int forms;
            try (var o = Files.newOutputStream(tmp)) {
                forms = builder.write(o, minCount);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("{\"out\":\"%s\",\"forms\":%d,\"bytes\":%d}%n", out, forms, Files.size(out));
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, out.toString(), "cannot write lexicon: " + e.getMessage());
        }
        return 0;
    }
}
