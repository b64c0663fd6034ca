package org.rasid.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline: the h1 when the title tags confirm it, else the longest of og:title, twitter:title,
 * JSON-LD headline and {@code <title>}, with the site name cut off either end (found from og:site_name,
 * application-name, the publisher, the page's host, or as a short part beside a long one).
 */
final class Headlines {
    /** Separators between an article title and the site name in {@code <title>} and og:title. */
    private static final String TITLE_SEPARATORS = "\\s+[|\\-–—ـ:»«·•]+\\s+|\\s*\\|\\s*";

    private Headlines() {
    }

    /** The headline; site names found at the ends of the title tags are added to {@code siteNames}. */
    static String title(Document doc, List<JsonNode> ld, Set<String> siteNames) {
        List<String> candidates = new ArrayList<>();
        candidates.add(MetadataExtractor.meta(doc, "og:title"));
        candidates.add(MetadataExtractor.meta(doc, "twitter:title"));
        candidates.add(MetadataExtractor.ldText(ld, "headline"));
        candidates.add(doc.title());
        String longest = null;
        for (String c : candidates) {
            String t = withoutSiteName(c, siteNames);
            String cleaned = MetadataExtractor.clean(c);
            if (t != null && cleaned != null && cleaned.length() > t.length()) {
                for (String cut : cleaned.replace(t, "\n").split("\n")) {
                    String site = cut.replaceAll("^[\\s|\\-–—ـ:»«·•]+|[\\s|\\-–—ـ:»«·•]+$", "").toLowerCase(Locale.ROOT);
                    if (site.length() > 1) {
                        siteNames.add(site);
                    }
                }
            }
            if (t != null && (longest == null || t.length() > longest.length())) {
                longest = t;
            }
        }
        for (Element h1 : doc.select("h1")) {
            String h = MetadataExtractor.clean(h1.text());
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
        String title = MetadataExtractor.clean(raw);
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

    static Set<String> siteNames(Document doc, List<JsonNode> ld) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("og:site_name", "application-name", "twitter:site")) {
            String v = MetadataExtractor.meta(doc, key);
            if (v != null && v.strip().length() > 1) {
                names.add(v.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
            }
        }
        for (String key : List.of("og:url")) {
            names.add(host(MetadataExtractor.meta(doc, key)));
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        names.add(host(canonical == null ? null : canonical.attr("href")));
        for (JsonNode node : ld) {
            JsonNode publisher = node.get("publisher");
            if (publisher != null && publisher.hasNonNull("name")) {
                names.add(publisher.get("name").asText().strip().toLowerCase(Locale.ROOT));
            }
        }
        names.removeIf(n -> n == null || n.length() < 2);
        return names;
    }

    /** "https://www.example.com/a" as "example.com". */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("^https?://(?:www\\.)?([^/:?#]+)").matcher(url.strip().toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }
}
