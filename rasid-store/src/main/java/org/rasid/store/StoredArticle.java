package org.rasid.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An article row: its sequence number in the store (the order of storing) and its rasid/1 JSON. */
public record StoredArticle(long seq, ObjectNode json) {
    public String id() {
        return json.path("id").asText();
    }
}
