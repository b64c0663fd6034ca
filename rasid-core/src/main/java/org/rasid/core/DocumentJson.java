package org.rasid.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** Writes a {@link Document} as a {@code rasid/1} JSON object (documented in docs/schema.md). */
public final class DocumentJson {
    public static final String SCHEMA = "rasid/1";
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private DocumentJson() {
    }

    /** The document as JSON; layers named in {@code omit} (e.g. "tokens") are left out. */
    public static ObjectNode toJson(Document doc, Set<String> omit) {
        var meta = doc.meta();
        ObjectNode out = MAPPER.createObjectNode();
        out.put("schema", SCHEMA);
        out.put("id", contentId(doc.text()));
        out.put("source", meta.source());
        out.put("url", meta.url());
        out.put("title", meta.title());
        out.put("published", meta.published());
        out.put("author", meta.author());
        out.put("language", meta.language());
        out.set("warnings", MAPPER.valueToTree(meta.warnings()));
        out.put("text", doc.text());
        out.set("removed", MAPPER.valueToTree(meta.removed()));
        doc.layers().forEach((layer, list) -> {
            if (!omit.contains(layer.name())) {
                out.set(layer.name(), MAPPER.valueToTree(list));
            }
        });
        return out;
    }

    public static String toJsonLine(Document doc, Set<String> omit) {
        try {
            return MAPPER.writeValueAsString(toJson(doc, omit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + doc.meta().source(), e);
        }
    }

    /** A stable id for a text: the first 16 hex digits of its SHA-256. */
    public static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
