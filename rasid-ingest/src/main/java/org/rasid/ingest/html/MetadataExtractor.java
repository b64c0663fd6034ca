package org.rasid.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.ingest.Resources;
import org.rasid.ingest.clean.Dates;

/**
 * Reads title, publication date and author from a whole page (before cleaning): Open Graph and other meta
 * tags, JSON-LD, {@code <time datetime>}, the h1, and {@code <title>} without the site name.
 */
final class MetadataExtractor {
    /** What the page says about itself; any field may be null. */
    record PageMeta(String title, String published, String author) {
    }

    private static final List<String> DATE_META = Resources.lines(MetadataExtractor.class, "date-meta.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Separators between an article title and the site name in {@code <title>} and og:title. */
    private static final String TITLE_SEPARATORS = "\\s+[|\\-–—ـ:»«·•]+\\s+|\\s*\\|\\s*";

    private MetadataExtractor() {
    }

    static PageMeta extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        return new PageMeta(title(doc, ld), published(doc, ld), author(doc, ld));
    }

    private static String title(Document doc, List<JsonNode> ld) {
        Set<String> siteNames = siteNames(doc, ld);
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "og:title"));
        candidates.add(meta(doc, "twitter:title"));
        candidates.add(ldText(ld, "headline"));
        candidates.add(doc.title());
        String longest = null;
        for (String c : candidates) {
            String t = withoutSiteName(c, siteNames);
            if (t != null && (longest == null || t.length() > longest.length())) {
                longest = t;
            }
        }
        for (Element h1 : doc.select("h1")) {
            String h = clean(h1.text());
            if (h != null && h.length() >= 10 && (longest == null || longest.contains(h) || h.contains(longest))) {
                return h;
            }
        }
        return longest;
    }

    /**
     * Cuts site-name parts off either end: parts naming the site (og:site_name, JSON-LD publisher) or, when the
     * title splits at a separator, short edge parts beside a part at least twice as long.
     */
    static String withoutSiteName(String raw, Set<String> siteNames) {
        String title = clean(raw);
        if (title == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(title.split(TITLE_SEPARATORS)));
        parts.removeIf(String::isBlank);
        while (parts.size() > 1) {
            String first = parts.get(0);
            String last = parts.get(parts.size() - 1);
            int longest = parts.stream().mapToInt(String::length).max().orElse(0);
            if (isSite(last, siteNames, longest)) {
                parts.remove(parts.size() - 1);
            } else if (isSite(first, siteNames, longest)) {
                parts.remove(0);
            } else {
                break;
            }
        }
        if (parts.size() == 1) {
            return parts.get(0).strip();
        }
        // Inner separators belong to the title itself: cut only the site-name edges found above.
        int from = title.indexOf(parts.get(0));
        String lastPart = parts.get(parts.size() - 1);
        int to = title.lastIndexOf(lastPart) + lastPart.length();
        return title.substring(Math.max(0, from), Math.max(from, to)).strip();
    }

    private static boolean isSite(String part, Set<String> siteNames, int longest) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        for (String site : siteNames) {
            if (!site.isEmpty() && (p.equals(site) || p.contains(site) || site.contains(p))) {
                return true;
            }
        }
        return part.strip().split("\\s+").length <= 4 && part.length() * 2 <= longest;
    }

    private static Set<String> siteNames(Document doc, List<JsonNode> ld) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("og:site_name", "application-name", "twitter:site")) {
            String v = meta(doc, key);
            if (v != null && v.strip().length() > 1) {
                names.add(v.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
            }
        }
        for (JsonNode node : ld) {
            JsonNode publisher = node.get("publisher");
            if (publisher != null && publisher.hasNonNull("name")) {
                names.add(publisher.get("name").asText().strip().toLowerCase(Locale.ROOT));
            }
        }
        names.removeIf(n -> n.length() < 2);
        return names;
    }

    private static String published(Document doc, List<JsonNode> ld) {
        for (String key : DATE_META) {
            String d = Dates.find(meta(doc, key));
            if (d != null) {
                return d;
            }
        }
        String d = Dates.find(ldText(ld, "datePublished"));
        if (d != null) {
            return d;
        }
        for (Element time : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            d = Dates.find(time.hasAttr("datetime") ? time.attr("datetime") : time.hasAttr("content") ? time.attr("content")
                    : time.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String author(Document doc, List<JsonNode> ld) {
        String a = meta(doc, "author");
        if (a == null || a.startsWith("http")) {
            a = meta(doc, "article:author");
        }
        if (a == null || a.startsWith("http")) {
            a = ldAuthor(ld);
        }
        if (a == null) {
            Element byline = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
            a = byline == null ? null : byline.text();
        }
        a = clean(a == null ? null : a.replaceAll("https?://\\S+", ""));
        return a == null || a.startsWith("http") || a.split("\\s+").length > 8 ? null : a;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode node : ld) {
            JsonNode author = node.get("author");
            if (author != null && author.isArray() && !author.isEmpty()) {
                author = author.get(0);
            }
            if (author != null && author.isObject() && author.hasNonNull("name")) {
                return author.get("name").asText();
            }
            if (author != null && author.isTextual()) {
                return author.asText();
            }
        }
        return null;
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode node : ld) {
            if (node.hasNonNull(field) && node.get(field).isValueNode()) {
                return node.get(field).asText();
            }
        }
        return null;
    }

    /** Every JSON-LD object on the page, with @graph members and arrays flattened. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(MAPPER.readTree(script.data()), nodes);
            } catch (java.io.IOException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return nodes;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        if (e == null) {
            e = doc.select("meta[name]").stream().filter(m -> m.attr("name").equalsIgnoreCase(key)).findFirst().orElse(null);
        }
        return e == null ? null : e.attr("content");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
