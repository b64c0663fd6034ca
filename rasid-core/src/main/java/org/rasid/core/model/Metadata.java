package org.rasid.core.model;

import java.util.List;

/**
 * Where a document came from and what is known about it. {@code source} names the input (a path, a URL,
 * "stdin", or "file.jsonl:LINE"); {@code published} is an ISO date (YYYY-MM-DD) or null.
 */
public record Metadata(String source, String url, String title, String published, String author, String language,
                       List<Removed> removed, List<String> warnings) {
    public Metadata {
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public static Metadata of(String source) {
        return new Metadata(source, null, null, null, null, null, List.of(), List.of());
    }

    public Metadata withPublished(String isoDate) {
        return new Metadata(source, url, title, isoDate, author, language, removed, warnings);
    }

    public Metadata withLanguage(String lang) {
        return new Metadata(source, url, title, published, author, lang, removed, warnings);
    }

    public Metadata withWarning(String warning) {
        var all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new Metadata(source, url, title, published, author, language, removed, all);
    }
}
