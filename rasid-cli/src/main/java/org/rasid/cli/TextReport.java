package org.rasid.cli;

import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.Span;
import org.rasid.core.model.Paragraph;

/** A readable summary of an analysed document: metadata, the cleaned text by block, then every other layer. */
final class TextReport {
    private static final int MAX_ITEMS = 40;

    private TextReport() {
    }

    static String render(Document doc) {
        var meta = doc.meta();
        var sb = new StringBuilder();
        sb.append("# ").append(meta.title() == null ? "(no title)" : meta.title()).append('\n');
        line(sb, "source", meta.source());
        line(sb, "url", meta.url());
        line(sb, "published", meta.published());
        line(sb, "author", meta.author());
        meta.warnings().forEach(w -> line(sb, "warning", w));
        meta.removed().forEach(r -> line(sb, "removed (" + r.reason() + ")", r.text()));
        sb.append('\n');
        for (Paragraph p : doc.get(Layers.PARAGRAPHS)) {
            if (p.kind() == Paragraph.Kind.title) {
                continue;
            }
            sb.append(p.kind() == Paragraph.Kind.heading ? "## " : "").append(doc.covered(p)).append("\n\n");
        }
        for (Layer<?> layer : doc.layerKeys()) {
            if (layer.equals(Layers.PARAGRAPHS) || layer.equals(Layers.TOKENS)) {
                continue;
            }
            List<?> items = doc.get(layer);
            sb.append("[").append(layer.name()).append(": ").append(items.size()).append("]\n");
            items.stream().limit(MAX_ITEMS).forEach(item -> sb.append("  ").append(describe(doc, item)).append('\n'));
        }
        return sb.toString();
    }

    /** The covered text and span, then the item's other fields as compact JSON (generic over layers). */
    private static String describe(Document doc, Object item) {
        ObjectNode fields = DocumentJson.MAPPER.valueToTree(item);
        var sb = new StringBuilder();
        if (item instanceof Span s) {
            String covered = doc.covered(s).replace('\n', ' ');
            sb.append('\u2068').append(covered.length() > 120 ? covered.substring(0, 117) + "..." : covered)
                    .append("\u2069 [").append(s.start()).append(',').append(s.end()).append(") ");
            fields.remove(List.of("start", "end", "text"));
        }
        fields.properties().removeIf(e -> e.getValue().isNull() || e.getValue().isEmpty() && e.getValue().isContainerNode());
        return sb.append(fields.isEmpty() ? "" : fields.toString()).toString().strip();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(key).append(": ").append(value).append('\n');
        }
    }
}
