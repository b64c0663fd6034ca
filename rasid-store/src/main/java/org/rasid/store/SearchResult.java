package org.rasid.store;

import java.util.List;
import java.util.Map;

/** One page of hits, the total number of matches, and per-dimension facet counts over all matches. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    /** {@code snippet} is HTML-escaped text with matches wrapped in {@code <mark>}. */
    public record Hit(String id, String title, String source, String url, String published, float score, String snippet) {
    }

    public record FacetCount(String value, long count) {
    }
}
