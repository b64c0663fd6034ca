package org.rasid.store;

import java.time.LocalDate;

/**
 * A search: {@code text} in Lucene query syntax (words, "phrases", actor:ID, AND/OR; empty matches all) and
 * optional exact filters. {@code from}/{@code to} bound the publication date, inclusive.
 */
public record SearchQuery(String text, String actor, String type, String source, LocalDate from, LocalDate to,
                          int offset, int limit) {
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset > 10_000) {
            throw new IllegalArgumentException("offset must be between 0 and 10000");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 0, 10);
    }
}
