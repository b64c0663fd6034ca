package org.rasid.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;

/** Lenient readers for fields of layers written by other modules: absent or null fields become SQL NULL. */
final class Json {
    private Json() {
    }

    /**
     * A scalar as text; an object as its id, name or text (an actor or place may be given either way); null
     * when missing.
     */
    static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            for (String key : new String[] {"id", "name", "text"}) {
                if (n.hasNonNull(key)) {
                    return n.get(key).asText();
                }
            }
            return n.toString();
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    static Integer integer(JsonNode n) {
        return n != null && n.isNumber() ? n.intValue() : null;
    }

    static Integer flag(JsonNode n) {
        return n != null && n.isBoolean() ? (n.booleanValue() ? 1 : 0) : null;
    }

    /** An array of ids or names joined by "|", null when empty. */
    static String list(JsonNode n) {
        var items = new ArrayList<String>();
        n.forEach(item -> {
            String t = text(item);
            if (t != null) {
                items.add(t);
            }
        });
        return items.isEmpty() ? null : String.join("|", items);
    }

    static String covered(String text, Integer start, Integer end) {
        if (start == null || end == null || start < 0 || end > text.length() || start > end) {
            return null;
        }
        return text.substring(start, end);
    }
}
