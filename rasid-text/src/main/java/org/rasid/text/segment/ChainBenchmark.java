package org.rasid.text.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Single-thread throughput of Rasid's word chain (split into words, segment each) against Lucene's
 * {@link ArabicAnalyzer} (tokenize, normalize, stem) on the same texts, after a warm-up pass of each.
 */
public final class ChainBenchmark {
    /** Throughput of one chain over the whole text. */
    public record Throughput(String chain, long tokens, long bytes, double seconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    private ChainBenchmark() {
    }

    /** Texts of a plain file, or the {@code content} fields of a (gzipped) JSON-lines corpus, up to maxBytes of UTF-8. */
    public static List<String> readTexts(Path file, long maxBytes) {
        var texts = new ArrayList<String>();
        long bytes = 0;
        boolean jsonLines = file.toString().matches(".*\\.jsonl(\\.gz)?$");
        var json = new ObjectMapper();
        try (var r = reader(file)) {
            if (!jsonLines) {
                var text = new StringBuilder();
                for (String line; (line = r.readLine()) != null && bytes < maxBytes; bytes += line.getBytes(StandardCharsets.UTF_8).length + 1) {
                    text.append(line).append('\n');
                }
                return List.of(text.toString());
            }
            for (String line; (line = r.readLine()) != null && bytes < maxBytes; ) {
                if (!line.isBlank()) {
                    String content = json.readTree(line).path("content").asText("");
                    texts.add(content);
                    bytes += content.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, file.toString(), "cannot read corpus: " + e.getMessage());
        }
        if (texts.isEmpty()) {
            throw new RasidException(Problem.EMPTY, file.toString(), "no text to benchmark");
        }
        return texts;
    }

    public static Throughput rasid(Segmenter segmenter, List<String> texts) {
        return time("rasid", texts, text -> {
            long tokens = 0;
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    segmenter.segment(text, start, i);
                    tokens++;
                }
            }
            return tokens;
        });
    }

    public static Throughput lucene(List<String> texts) {
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            return time("lucene-ArabicAnalyzer", texts, text -> {
                long tokens = 0;
                try (var stream = analyzer.tokenStream("text", text)) {
                    stream.reset();
                    while (stream.incrementToken()) {
                        tokens++;
                    }
                    stream.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return tokens;
            });
        }
    }

    private interface Chain {
        long tokens(String text);
    }

    private static Throughput time(String name, List<String> texts, Chain chain) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        for (String t : texts) {
            chain.tokens(t); // warm-up: JIT, and the segmenter's cache as it would be in a long run
        }
        long tokens = 0;
        long t0 = System.nanoTime();
        for (String t : texts) {
            tokens += chain.tokens(t);
        }
        return new Throughput(name, tokens, bytes, (System.nanoTime() - t0) / 1e9);
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
