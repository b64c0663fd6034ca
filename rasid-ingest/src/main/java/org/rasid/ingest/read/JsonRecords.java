package org.rasid.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Reads article records from JSON: JSON Lines (one object a line, streamed, so large corpora need not fit in
 * memory) or one JSON document holding an object or an array of objects. A bad record is reported and the
 * others are still read.
 */
public final class JsonRecords {
    /** One record's fields; {@code source} is "file:LINE" (or "file:#INDEX" inside a JSON array). */
    public record Record(String source, String title, String content, String url, String date, String author) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    /** JSON Lines: each non-blank line is one record; lines longer than {@code maxLineChars} are refused. */
    public static void readLines(InputStream in, String name, long maxLineChars, Consumer<Record> records,
                                 Consumer<RasidException> errors) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            int seen = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                seen++;
                String source = name + ":" + n;
                if (line.length() > maxLineChars) {
                    errors.accept(new RasidException(Problem.TOO_LARGE, source, "record longer than " + maxLineChars + " characters"));
                    continue;
                }
                try {
                    records.accept(record(MAPPER.readTree(line), source));
                } catch (JsonProcessingException e) {
                    errors.accept(new RasidException(Problem.BAD_FORMAT, source, "invalid JSON: " + e.getOriginalMessage()));
                } catch (RasidException e) {
                    errors.accept(e);
                }
            }
            if (seen == 0) {
                errors.accept(new RasidException(Problem.EMPTY, name, "no JSON records"));
            }
        } catch (IOException e) {
            errors.accept(new RasidException(Problem.UNREADABLE, name, "cannot read: " + e.getMessage()));
        }
    }

    /** A whole JSON document: one record object, or an array of them. */
    public static void readDocument(String json, String name, Consumer<Record> records, Consumer<RasidException> errors) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            errors.accept(new RasidException(Problem.BAD_FORMAT, name, "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                try {
                    records.accept(record(root.get(i), name + ":#" + (i + 1)));
                } catch (RasidException e) {
                    errors.accept(e);
                }
            }
            if (root.isEmpty()) {
                errors.accept(new RasidException(Problem.EMPTY, name, "empty JSON array"));
            }
        } else {
            try {
                records.accept(record(root, name));
            } catch (RasidException e) {
                errors.accept(e);
            }
        }
    }

    private static Record record(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new RasidException(Problem.BAD_FORMAT, source, "not a JSON object");
        }
        String content = first(node, "content", "text", "body");
        if (content == null) {
            boolean blank = node.has("content") || node.has("text") || node.has("body");
            throw blank ? new RasidException(Problem.EMPTY, source, "record has empty content")
                    : new RasidException(Problem.BAD_FORMAT, source, "record has no content or text field");
        }
        return new Record(source, first(node, "title", "headline"), content, first(node, "url", "link"),
                first(node, "published", "date", "date_published", "date_extracted"), first(node, "author"));
    }

    private static String first(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }
}
