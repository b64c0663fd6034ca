package org.rasid.ingest;

import java.util.Locale;
import org.rasid.ingest.feed.FeedArticles;

/** What an input holds, judged from its name (or content type) first and its first bytes otherwise. */
public enum InputKind {
    TEXT, HTML, JSON, FEED, WARC, UNKNOWN;

    /** From a file name or URL path; a trailing ".gz" is looked through. */
    public static InputKind ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 || n.lastIndexOf('/') > dot ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "txt", "text", "md" -> TEXT;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "json", "jsonl", "ndjson" -> JSON;
            case "rss", "atom" -> FEED;
            case "warc" -> WARC;
            default -> UNKNOWN;
        };
    }

    public static InputKind ofContentType(String contentType) {
        if (contentType == null) {
            return UNKNOWN;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.contains("rss") || t.contains("atom")) {
            return FEED;
        }
        if (t.contains("html") || t.contains("xml")) {
            return HTML;
        }
        if (t.contains("json")) {
            return JSON;
        }
        return t.startsWith("text/plain") ? TEXT : UNKNOWN;
    }

    /** From the decoded start of the content: a feed root is a feed, markup HTML, a brace or bracket JSON, else text. */
    public static InputKind sniff(String text) {
        if (FeedArticles.looksLikeFeed(text)) {
            return FEED;
        }
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<p") || head.contains("<div")
                || head.contains("<head")))) {
            return HTML;
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return JSON;
        }
        return TEXT;
    }
}
