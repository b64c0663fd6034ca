package org.rasid.text.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Word accuracy of a segmenter against a Farasa-style gold file: a header line, then one word a line as
 * {@code segments joined by +<TAB>tags}. The word itself is rebuilt from its segments (ل+ال+X is written للX).
 */
public final class GoldEvaluation {
    /** The outcome: words scored, words cut exactly as the gold, and the first few misses. */
    public record Result(int words, int correct, double wordsPerSecond, List<String> misses) {
        public double accuracy() {
            return words == 0 ? 0 : (double) correct / words;
        }
    }

    private GoldEvaluation() {
    }

    public static Result run(Segmenter segmenter, Path gold, int keepMisses) {
        List<String> lines;
        try {
            lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, gold.toString(), "cannot read gold file: " + e.getMessage());
        }
        if (lines.size() < 2 || !lines.get(0).contains("\t")) {
            throw new RasidException(Problem.BAD_FORMAT, gold.toString(), "expected a header line and TAB-separated `segments<TAB>tags` lines");
        }
        var golds = new ArrayList<String>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                golds.add(line.substring(0, line.indexOf('\t') < 0 ? line.length() : line.indexOf('\t')));
            }
        }
        var misses = new ArrayList<String>();
        int correct = 0;
        long t0 = System.nanoTime();
        for (String expected : golds) {
            String word = surface(expected);
            String got = FarasaFormat.join(segmenter.segment(word, 0, word.length()));
            if (got.equals(expected)) {
                correct++;
            } else if (misses.size() < keepMisses) {
                misses.add(expected + " -> " + got);
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        return new Result(golds.size(), correct, golds.size() / seconds, misses);
    }

    /** The written word of a gold segmentation: segments concatenated, the article after ل and the ن of من/عن before ما/من reduced as Arabic writes them. */
    static String surface(String segmented) {
        if (segmented.equals("+")) {
            return segmented;
        }
        String[] parts = segmented.split("\\+");
        var b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && (parts[i].equals("ما") || parts[i].equals("من")) && (parts[i - 1].equals("من") || parts[i - 1].equals("عن"))) {
                b.setLength(b.length() - 1); // من+ما is written مما, عن+ما عما
                b.append(parts[i]);
            } else if (parts[i].equals("ال") && i > 0 && parts[i - 1].equals("ل")) {
                boolean stemStartsWithLam = i + 1 < parts.length && parts[i + 1].startsWith("ل");
                b.append(stemStartsWithLam ? "" : "ل");
            } else {
                b.append(parts[i]);
            }
        }
        return b.toString();
    }
}
