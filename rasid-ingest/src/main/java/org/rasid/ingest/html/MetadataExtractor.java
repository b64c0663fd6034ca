package org.rasid.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.ingest.Resources;
import org.rasid.ingest.clean.Dates;

/**
 * Reads headline ({@link Headlines}), publication date and author from a whole page before cleaning: meta tags,
 * JSON-LD, {@code <time datetime>}, microdata, and a written date line under the headline.
 */
final class MetadataExtractor {
    /** What the page says about itself; any field may be null. */
    record PageMeta(String title, String published, String author) {
    }

    private static final List<String> DATE_META = Resources.lines(MetadataExtractor.class, "date-meta.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How many text blocks after the headline may hold its date line. */
    private static final int DATE_LINE_WINDOW = 6;

    private MetadataExtractor() {
    }

    static PageMeta extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        Set<String> sites = Headlines.siteNames(doc, ld);
        String title = Headlines.title(doc, ld, sites);
        String published = published(doc, ld);
        return new PageMeta(title, published != null ? published : dateLine(doc), author(doc, ld, sites));
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

    /**
     * A written date line just under the headline ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"), for
     * pages without date metadata. Only lines close after the h1 count: a date in the page header is today's.
     */
    private static String dateLine(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || h1.text().isBlank()) {
            return null;
        }
        List<TextBlock> blocks = Blocks.of(doc.body());
        String headline = h1.text().replaceAll("[\\s\\u00A0]+", " ").strip();
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).text().equals(headline)) {
                continue;
            }
            for (int k = i + 1; k < Math.min(blocks.size(), i + 1 + DATE_LINE_WINDOW); k++) {
                if (Dates.isDateOnly(blocks.get(k).text())) {
                    return Dates.find(blocks.get(k).text());
                }
            }
            return null;
        }
        return null;
    }

    private static String author(Document doc, List<JsonNode> ld, Set<String> sites) {
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
        String key = a == null ? "" : a.toLowerCase(Locale.ROOT).replace(" ", "");
        if (sites.stream().anyMatch(site -> site.replace(" ", "").contains(key))) {
            return null; // the site's own name is not an author
        }
        return a == null || a.startsWith("http") || a.split("\\s+").length > 8 ? null : a;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode node : ld) {
            JsonNode author = node.get("author");
            if (author != null && author.isArray() && !author.isEmpty()) {
                author = author.get(0);
            }
            boolean organization = author != null && author.path("@type").asText().equals("Organization");
            if (author != null && author.isObject() && author.hasNonNull("name") && !organization) {
                return author.get("name").asText();
            }
            if (author != null && author.isTextual()) {
                return author.asText();
            }
        }
        return null;
    }

    static String ldText(List<JsonNode> ld, String field) {
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

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        if (e == null) {
            e = doc.select("meta[name]").stream().filter(m -> m.attr("name").equalsIgnoreCase(key)).findFirst().orElse(null);
        }
        return e == null ? null : e.attr("content");
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
