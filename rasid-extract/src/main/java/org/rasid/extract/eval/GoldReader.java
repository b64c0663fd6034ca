package org.rasid.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Reads a gold file: one JSON object per line. A record carries its text ({@code title}, {@code content},
 * {@code published}) or, where the corpus licence keeps the text out of the repository, points into the news corpus
 * with {@code "corpus_line": N} (0-based line of saudinewsnet.jsonl.gz), whose text is then read from there.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    public static List<GoldArticle> read(Path gold, Path corpus) {
        if (!Files.isRegularFile(gold)) {
            throw new RasidException(Problem.NOT_FOUND, gold.toString(), "no such gold file");
        }
        var records = new ArrayList<JsonNode>();
        try (var reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = JSON.readTree(line);
                    if (!n.isObject()) {
                        throw new RasidException(Problem.BAD_FORMAT, gold + ":" + lineNo, "not a JSON object");
                    }
                    records.add(n);
                } catch (JsonProcessingException e) {
                    throw new RasidException(Problem.BAD_FORMAT, gold + ":" + lineNo, "not valid JSON: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, gold.toString(), "cannot read: " + e.getMessage());
        }
        var corpusLines = records.stream().filter(n -> n.has("corpus_line")).map(n -> n.get("corpus_line").asInt()).toList();
        var texts = corpusLines.isEmpty() ? List.<JsonNode>of() : corpusRecords(corpus, corpusLines);
        var out = new ArrayList<GoldArticle>();
        int k = 0;
        for (JsonNode n : records) {
            if (n.has("corpus_line")) {
                JsonNode src = texts.get(k++);
                String published = n.path("published").asText(src.path("date_extracted").asText("").split(" ")[0]);
                out.add(GoldArticle.of(n, src.path("title").asText(), src.path("content").asText(), published));
            } else if (n.has("content")) {
                out.add(GoldArticle.of(n, n.path("title").asText(""), n.path("content").asText(), n.path("published").asText(null)));
            } else {
                throw new RasidException(Problem.BAD_FORMAT, gold.toString(), "record " + n.path("id").asText("?")
                        + " has neither content nor corpus_line");
            }
        }
        return out;
    }

    /** The corpus records at the given 0-based lines, in the order asked. */
    private static List<JsonNode> corpusRecords(Path corpus, List<Integer> lines) {
        if (corpus == null || !Files.isRegularFile(corpus)) {
            throw new RasidException(Problem.NOT_FOUND, String.valueOf(corpus),
                    "the gold file points into the news corpus; give its path with --corpus");
        }
        int max = lines.stream().mapToInt(Integer::intValue).max().orElse(-1);
        var byLine = new java.util.HashMap<Integer, JsonNode>();
        var wanted = new java.util.HashSet<>(lines);
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
                StandardCharsets.UTF_8))) {
            int no = 0;
            for (String line; no <= max && (line = reader.readLine()) != null; no++) {
                if (wanted.contains(no)) {
                    byLine.put(no, JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, corpus.toString(), "cannot read the corpus: " + e.getMessage());
        }
        var out = new ArrayList<JsonNode>();
        for (int line : lines) {
            JsonNode n = byLine.get(line);
            if (n == null) {
                throw new RasidException(Problem.BAD_FORMAT, corpus.toString(), "the corpus has no line " + line);
            }
            out.add(n);
        }
        return out;
    }
}
