package org.rasid.store.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Reads title and text of the first articles of a JSON Lines news corpus (plain or gzipped), for evaluation. */
final class CorpusReader {
    record Item(String title, String text) {
    }

    private CorpusReader() {
    }

    static List<Item> read(Path corpus, int limit) {
        var items = new ArrayList<Item>();
        try (InputStream raw = Files.newInputStream(corpus);
             var lines = new BufferedReader(new InputStreamReader(
                     corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && items.size() < limit; line = lines.readLine()) {
                JsonNode n = DocumentJson.MAPPER.readTree(line);
                String title = n.path("title").asText("");
                String text = n.path("content").asText(n.path("text").asText(""));
                if (!title.isBlank() && !text.isBlank()) {
                    items.add(new Item(title, text));
                }
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, corpus.toString(), "cannot read the corpus: " + e.getMessage(), e);
        }
        return items;
    }
}
